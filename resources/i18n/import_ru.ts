<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ChooseFileStep</name>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_file.py" line="89"/>
        <source>Which file holds your list of clients?</source>
        <translation>В каком файле ваш список клиентов?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_file.py" line="91"/>
        <source>The program reads Excel workbooks (.xlsx, .xls), text lists (.csv, .txt) and address book cards (.vcf). Nothing is changed until the last step, and even then you can take the whole import back.</source>
        <translation>Программа читает книги Excel (.xlsx, .xls), текстовые списки (.csv, .txt) и карточки адресной книги (.vcf). До последнего шага ничего не меняется, а потом весь перенос можно отменить.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_file.py" line="94"/>
        <source>Choose a file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_file.py" line="95"/>
        <source>Choose the file to bring in</source>
        <translation>Выбрать файл для переноса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_file.py" line="96"/>
        <source>Or drag the file here from a folder.</source>
        <translation>Или перетащите файл сюда из папки.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_file.py" line="100"/>
        <source>Chosen: %1</source>
        <translation>Выбран файл: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_file.py" line="107"/>
        <source>Choose the file with your clients</source>
        <translation>Выберите файл с вашими клиентами</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_file.py" line="108"/>
        <source>Lists of clients (%1);;All files (*)</source>
        <translation>Списки клиентов (%1);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_file.py" line="150"/>
        <source>Please choose the file with your list of clients.</source>
        <translation>Выберите файл со списком клиентов.</translation>
    </message>
</context>
<context>
    <name>ColumnsStep</name>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="104"/>
        <source>Which column holds what?</source>
        <translation>Что в каком столбце?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="106"/>
        <source>For each column of your file, choose the client field it goes into. The program has guessed from the column names; check the guesses. Columns you leave out are not brought in.</source>
        <translation>Для каждого столбца файла выберите, в какое поле клиента он пойдёт. Программа угадала это по названиям столбцов — проверьте. Столбцы, которые вы пропустите, перенесены не будут.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="109"/>
        <source>Start from a layout</source>
        <translation>Начать с готовой раскладки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="111"/>
        <source>Owner and “brought in by”: if a column holds the salesperson&apos;s name, choose it for that column. Without one, you are the owner of every client brought in.</source>
        <translation>Ответственный и «кто привёл»: если в каком-то столбце указан менеджер, выберите это для него. Если такого столбца нет, ответственным за всех перенесённых клиентов станете вы.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="113"/>
        <source>Name for these choices</source>
        <translation>Название для этих настроек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="114"/>
        <source>For example: Old Excel list</source>
        <translation>Например: старый список из Excel</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="115"/>
        <source>Save these choices as a named layout</source>
        <translation>Сохранить эти настройки под названием</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="117"/>
        <source>Columns of the file</source>
        <translation>Столбцы файла</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="132"/>
        <source>Column “%1” goes into</source>
        <translation>Столбец «%1» пойдёт в</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="136"/>
        <source>Guessed from the column names</source>
        <translation>Угадано по названиям столбцов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="139"/>
        <source>Saved: %1</source>
        <translation>Сохранённая: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="234"/>
        <source>Type a name for these choices first, for example “Old Excel list”.</source>
        <translation>Сначала введите название, например «Старый список из Excel».</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="250"/>
        <source>Saved. Next time choose “%1” under “Start from a layout”.</source>
        <translation>Сохранено. В следующий раз выберите «%1» в поле «Начать с готовой раскладки».</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="256"/>
        <source>Go Back and choose a file the program can read.</source>
        <translation>Вернитесь назад и выберите файл, который программа может прочитать.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="259"/>
        <source>Choose at least one column for the name, the company, a phone or an e-mail.</source>
        <translation>Укажите хотя бы один столбец с именем, компанией, телефоном или эл. почтой.</translation>
    </message>
</context>
<context>
    <name>CountWords</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="83"/>
        <source>%Ln new client(s)</source>
        <translation>
            <numerusform>%Ln новый клиент</numerusform>
            <numerusform>%Ln новых клиента</numerusform>
            <numerusform>%Ln новых клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="84"/>
        <source>%Ln client(s) will be updated</source>
        <translation>
            <numerusform>%Ln клиент будет дополнен</numerusform>
            <numerusform>%Ln клиента будут дополнены</numerusform>
            <numerusform>%Ln клиентов будут дополнены</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="85"/>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="92"/>
        <source>%Ln duplicate(s) skipped</source>
        <translation>
            <numerusform>%Ln повтор пропущен</numerusform>
            <numerusform>%Ln повтора пропущено</numerusform>
            <numerusform>%Ln повторов пропущено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="86"/>
        <source>%Ln row(s) with problems</source>
        <translation>
            <numerusform>%Ln строка с ошибками</numerusform>
            <numerusform>%Ln строки с ошибками</numerusform>
            <numerusform>%Ln строк с ошибками</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="90"/>
        <source>%Ln new client(s) added</source>
        <translation>
            <numerusform>%Ln новый клиент добавлен</numerusform>
            <numerusform>%Ln новых клиента добавлено</numerusform>
            <numerusform>%Ln новых клиентов добавлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="91"/>
        <source>%Ln existing client(s) updated</source>
        <translation>
            <numerusform>%Ln клиент дополнен</numerusform>
            <numerusform>%Ln клиента дополнено</numerusform>
            <numerusform>%Ln клиентов дополнено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="93"/>
        <source>%Ln row(s) left out because of problems</source>
        <translation>
            <numerusform>%Ln строка с ошибками не перенесена</numerusform>
            <numerusform>%Ln строки с ошибками не перенесены</numerusform>
            <numerusform>%Ln строк с ошибками не перенесено</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DryRunStep</name>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="98"/>
        <source>This is what would happen</source>
        <translation>Вот что получится</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="100"/>
        <source>The program has gone through the file without changing anything. Check the numbers; rows with problems are left out, and you can save them to a spreadsheet, correct them and bring them in later.</source>
        <translation>Программа просмотрела файл, ничего не меняя. Проверьте цифры. Строки с ошибками не переносятся: их можно сохранить в таблицу, исправить и перенести позже.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="103"/>
        <source>Bring them in</source>
        <translation>Перенести</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="104"/>
        <source>Save the problem rows to a spreadsheet…</source>
        <translation>Сохранить строки с ошибками в таблицу…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="106"/>
        <source>Rows with problems and what to do</source>
        <translation>Строки с ошибками и что с ними делать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="107"/>
        <source>Checking the file</source>
        <translation>Проверка файла</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="124"/>
        <source>Checking every row of the file…</source>
        <translation>Проверяю каждую строку файла…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="161"/>
        <source>In the file “%1”:</source>
        <translation>В файле «%1»:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="166"/>
        <source>Left out — correct these rows in the file:</source>
        <translation>Не будут перенесены — исправьте эти строки в файле:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="167"/>
        <source>Brought in, but check these later:</source>
        <translation>Будут перенесены, но потом проверьте:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="181"/>
        <source>Rows with problems, and what to do about them:</source>
        <translation>Строки с ошибками и что с ними делать:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="191"/>
        <source>%1 - problems</source>
        <translation>%1 - ошибки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="194"/>
        <source>Save the problem rows</source>
        <translation>Сохранить строки с ошибками</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="195"/>
        <source>Excel workbook (*.xlsx);;CSV text (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;Текст CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="210"/>
        <source>The problem rows could not be saved: %1 Choose another folder, or close the file in Excel first.</source>
        <translation>Не удалось сохранить строки с ошибками: %1 Выберите другую папку или сначала закройте файл в Excel.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="215"/>
        <source>%n row(s) saved to %1.</source>
        <translation>
            <numerusform>%n строка сохранена в %1.</numerusform>
            <numerusform>%n строки сохранены в %1.</numerusform>
            <numerusform>%n строк сохранено в %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="221"/>
        <source>Go Back to change your choices, or choose another file.</source>
        <translation>Вернитесь назад, чтобы изменить настройки, или выберите другой файл.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="223"/>
        <source>Please wait: the program is checking the file.</source>
        <translation>Подождите: программа проверяет файл.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="225"/>
        <source>There is nothing new to bring in from this file.</source>
        <translation>В этом файле нет ничего нового для переноса.</translation>
    </message>
</context>
<context>
    <name>DuplicatesStep</name>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="299"/>
        <source>What if a client is already in the program?</source>
        <translation>Что делать, если клиент уже есть в программе?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="301"/>
        <source>A client counts as already there when the same phone number or e-mail is found, or the same name with the same company.</source>
        <translation>Клиент считается уже внесённым, если найден тот же телефон или адрес эл. почты либо то же имя с той же компанией.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="304"/>
        <source>Skip it</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="305"/>
        <source>The client already in the program stays exactly as it is; the row is left out. The safest choice.</source>
        <translation>Клиент в программе останется как есть, строка не переносится. Самый надёжный вариант.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="307"/>
        <source>Fill in empty fields</source>
        <translation>Дополнить пустые поля</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="308"/>
        <source>What the program already knows stays; only fields that are empty there (an e-mail, an address…) are filled in from the file.</source>
        <translation>Всё, что уже есть в программе, остаётся; из файла заполняются только пустые поля (эл. почта, адрес…).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="310"/>
        <source>Create anyway</source>
        <translation>Всё равно создать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="311"/>
        <source>Every row becomes a new client, even if the client is already there. You may get the same client twice and have to merge them later.</source>
        <translation>Каждая строка станет новым клиентом, даже если он уже есть. Клиент может оказаться в программе дважды, и потом придётся объединять.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="335"/>
        <source>Please choose what to do with clients already in the program.</source>
        <translation>Выберите, что делать с клиентами, которые уже есть в программе.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="89"/>
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="90"/>
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="113"/>
        <source>Save clients to a file</source>
        <translation>Сохранить клиентов в файл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="92"/>
        <source>The file holds only the clients you may see, with the column names in your language. A name ending in .xlsx makes an Excel workbook; .csv a text list.</source>
        <translation>В файл попадут только клиенты, которых вам можно видеть, а столбцы будут названы на вашем языке. Имя файла на .xlsx — книга Excel, на .csv — текстовый список.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="94"/>
        <source>What to save</source>
        <translation>Что сохранить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="95"/>
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="110"/>
        <source>Clients</source>
        <translation>Клиентов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="96"/>
        <source>Calls, visits and other contacts with them</source>
        <translation>Звонки, встречи и другие контакты с ними</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="100"/>
        <source>Choose where to save…</source>
        <translation>Выбрать, куда сохранить…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="101"/>
        <source>Choose the file to save to</source>
        <translation>Выбрать файл для сохранения</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="102"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="103"/>
        <source>Close this window</source>
        <translation>Закрыть это окно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="104"/>
        <source>Saving</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="110"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="114"/>
        <source>Excel workbook (*.xlsx);;CSV text (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;Текст CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="130"/>
        <source>Saving to %1…</source>
        <translation>Сохраняю в %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="147"/>
        <source>%n record(s) saved to %1.</source>
        <translation>
            <numerusform>%n запись сохранена в %1.</numerusform>
            <numerusform>%n записи сохранены в %1.</numerusform>
            <numerusform>%n записей сохранено в %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="156"/>
        <source>The file could not be written. Choose another folder, or close the file in Excel first.</source>
        <translation>Не удалось записать файл. Выберите другую папку или сначала закройте файл в Excel.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="160"/>
        <source>Something went wrong, and the file was not saved. The details are in the program&apos;s log file.</source>
        <translation>Что-то пошло не так, файл не сохранён. Подробности — в журнале программы.</translation>
    </message>
</context>
<context>
    <name>ImportIntegration</name>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/integration.py" line="52"/>
        <source>&amp;Bring in clients from a file…</source>
        <translation>&amp;Перенести клиентов из файла…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/integration.py" line="53"/>
        <source>&amp;Save clients to a file…</source>
        <translation>&amp;Сохранить клиентов в файл…</translation>
    </message>
</context>
<context>
    <name>ImportStep</name>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="258"/>
        <source>Bringing the clients in</source>
        <translation>Переносим клиентов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="260"/>
        <source>This may take a moment for a long list. If you stop it, nothing of this import is kept.</source>
        <translation>Длинный список переносится не сразу. Если остановить перенос, из него ничего не сохранится.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="262"/>
        <source>Stop the import</source>
        <translation>Остановить перенос</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="263"/>
        <source>Stop the import; nothing of it is kept</source>
        <translation>Остановить перенос; из него ничего не сохранится</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="264"/>
        <source>How far the import has got</source>
        <translation>Сколько уже перенесено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="265"/>
        <source>See the result</source>
        <translation>Посмотреть итог</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="279"/>
        <source>Bringing in the clients from “%1”…</source>
        <translation>Переношу клиентов из «%1»…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="294"/>
        <source>Stopping… nothing of this import will be kept.</source>
        <translation>Останавливаю… из этого переноса ничего не сохранится.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="304"/>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="326"/>
        <source>Go Back to check the file again, or Cancel to close.</source>
        <translation>Нажмите «Назад», чтобы проверить файл ещё раз, или «Отмена», чтобы закрыть.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="327"/>
        <source>Please wait until the import has finished, or stop it.</source>
        <translation>Дождитесь окончания переноса или остановите его.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/wizard.py" line="70"/>
        <source>Bring in clients from a file</source>
        <translation>Перенести клиентов из файла</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/wizard.py" line="71"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/wizard.py" line="73"/>
        <source>Close the wizard</source>
        <translation>Закрыть мастер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/wizard.py" line="88"/>
        <location filename="../../crm_desktop/ui/import_wizard/wizard.py" line="106"/>
        <source>The file “%1” cannot be read as a list. Choose a spreadsheet, a .csv or .txt file, or a .vcf.</source>
        <translation>Файл «%1» не читается как список. Выберите таблицу, файл .csv или .txt либо .vcf.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/wizard.py" line="187"/>
        <source>The import was stopped. Nothing of it was saved.</source>
        <translation>Перенос остановлен. Из него ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/wizard.py" line="190"/>
        <source>Nothing of this import was saved.</source>
        <translation>Из этого переноса ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/wizard.py" line="191"/>
        <source>Something went wrong while reading the file. Nothing of this import was saved. The details are in the program&apos;s log file.</source>
        <translation>При чтении файла что-то пошло не так. Из этого переноса ничего не сохранено. Подробности — в журнале программы.</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="18"/>
        <source>— leave this column out —</source>
        <translation>— не переносить этот столбец —</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="19"/>
        <source>Name (whole name)</source>
        <translation>Имя (полностью)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="20"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="21"/>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="22"/>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="23"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="24"/>
        <source>Company or person</source>
        <translation>Компания или частное лицо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="25"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="26"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="27"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="28"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="29"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="30"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="31"/>
        <source>Grade (A, B, C)</source>
        <translation>Категория (A, B, C)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="32"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="33"/>
        <source>Where the client came from</source>
        <translation>Откуда пришёл клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="34"/>
        <source>Owner (a salesperson&apos;s name)</source>
        <translation>Ответственный (имя менеджера)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="35"/>
        <source>Brought in by (a name)</source>
        <translation>Кто привёл (имя)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="36"/>
        <source>Date brought in</source>
        <translation>Когда привели</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="37"/>
        <source>Date of last contact</source>
        <translation>Дата последнего контакта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="44"/>
        <source>Google Contacts</source>
        <translation>Google Контакты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="45"/>
        <source>Google Contacts (since 2020)</source>
        <translation>Google Контакты (с 2020 года)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="48"/>
        <source>Microsoft Outlook</source>
        <translation>Microsoft Outlook</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="49"/>
        <source>Thunderbird address book</source>
        <translation>Адресная книга Thunderbird</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="50"/>
        <source>Odoo contacts</source>
        <translation>Контакты Odoo</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="51"/>
        <source>Address book cards (vCard)</source>
        <translation>Карточки адресной книги (vCard)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="58"/>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="59"/>
        <source>Unicode (UTF-8)</source>
        <translation>Юникод (UTF-8)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="60"/>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="61"/>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="62"/>
        <source>Unicode (UTF-16)</source>
        <translation>Юникод (UTF-16)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="63"/>
        <source>Chinese, simplified (GBK/GB18030)</source>
        <translation>Китайский, упрощённый (GBK/GB18030)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="64"/>
        <source>Chinese, traditional (Big5)</source>
        <translation>Китайский, традиционный (Big5)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="65"/>
        <source>Russian (Windows-1251)</source>
        <translation>Русский (Windows-1251)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="66"/>
        <source>Russian (KOI8-R)</source>
        <translation>Русский (KOI8-R)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="67"/>
        <source>Japanese (Shift_JIS)</source>
        <translation>Японский (Shift_JIS)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="68"/>
        <source>Western European (Windows-1252)</source>
        <translation>Западноевропейский (Windows-1252)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="71"/>
        <source>Central European (ISO-8859-2)</source>
        <translation>Центральноевропейский (ISO-8859-2)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="108"/>
        <source>Card %1: %2</source>
        <translation>Карточка %1: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="110"/>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="114"/>
        <source>“%1” in the column “%2” is not a phone number. It is kept in the notes; correct it in the client&apos;s card later.</source>
        <translation>«%1» в столбце «%2» — не номер телефона. Значение сохранено в примечаниях; исправьте его потом в карточке клиента.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="120"/>
        <source>“%1” in the column “%2” is not an e-mail address. It is kept in the notes; correct it in the client&apos;s card later.</source>
        <translation>«%1» в столбце «%2» — не адрес эл. почты. Значение сохранено в примечаниях; исправьте его потом в карточке клиента.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="126"/>
        <source>“%1” does not say whether this is a company or a person. Write Company or Person in the file.</source>
        <translation>По «%1» непонятно, компания это или частное лицо. Напишите в файле «Компания» или «Частное лицо».</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="132"/>
        <source>The grade “%1” is not A, B or C. Change it in the file, or leave the grade column out.</source>
        <translation>Категория «%1» — не A, B и не C. Исправьте её в файле или не переносите столбец с категорией.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="138"/>
        <source>The status “%1” is not one the program knows (lead, active, inactive). Change it in the file, or leave the status column out.</source>
        <translation>Статус «%1» программе незнаком (бывает: потенциальный, активный, неактивный). Исправьте его в файле или не переносите столбец со статусом.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="144"/>
        <source>“%1” in the column “%2” is not a date. Write it like 2024-03-31 or 31.03.2024.</source>
        <translation>«%1» в столбце «%2» — не дата. Напишите, например, 31.03.2024 или 2024-03-31.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="149"/>
        <source>There is no name, company, phone or e-mail. Fill one in, or leave the row out.</source>
        <translation>Нет ни имени, ни компании, ни телефона, ни эл. почты. Заполните что-нибудь одно или не переносите строку.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="154"/>
        <source>There is nobody called “%1” in the program. Add the person first (Users), or correct the name in the file.</source>
        <translation>В программе нет сотрудника «%1». Сначала добавьте его (раздел «Пользователи») или исправьте имя в файле.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="160"/>
        <source>You can only bring in clients for yourself, not for %1. Ask an administrator to import this row.</source>
        <translation>Вы можете переносить клиентов только на себя, а не на сотрудника %1. Попросите администратора перенести эту строку.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="166"/>
        <source>The same phone or e-mail belongs to someone else&apos;s client; it was left as it is. Ask the owner to add what is missing.</source>
        <translation>Этот телефон или адрес эл. почты принадлежит клиенту другого сотрудника; клиент оставлен как есть. Попросите ответственного дополнить недостающее.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="179"/>
        <source>The file %1 is empty, or it is not there any more. Choose the file that has your list.</source>
        <translation>Файл %1 пустой или его уже нет. Выберите файл с вашим списком.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="184"/>
        <source>The file %1 cannot be read as a list. It may be a picture, an archive or a program, or another program may be using it. Choose a spreadsheet (.xlsx, .xls), a .csv or .txt file, or a .vcf.</source>
        <translation>Файл %1 не читается как список. Возможно, это картинка, архив или программа, либо файл занят другой программой. Выберите таблицу (.xlsx, .xls), файл .csv или .txt либо .vcf.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="190"/>
        <source>The workbook %1 is damaged and cannot be read. Open it in Excel, save a copy and choose the copy.</source>
        <translation>Книга %1 повреждена и не читается. Откройте её в Excel, сохраните копию и выберите копию.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="195"/>
        <source>The workbook %1 is protected with a password. Open it in Excel, remove the password (File, Info, Protect Workbook), save a copy and choose the copy.</source>
        <translation>Книга %1 защищена паролем. Откройте её в Excel, снимите пароль (Файл, Сведения, Защитить книгу), сохраните копию и выберите копию.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="201"/>
        <source>The file %1 is too large to bring in at once. Split the list into smaller files and bring them in one after another.</source>
        <translation>Файл %1 слишком большой, чтобы перенести его за один раз. Разбейте список на несколько файлов поменьше и перенесите их по очереди.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="206"/>
        <source>There are no clients below the column names in %1. Check that you chose the right sheet and the right row of column names.</source>
        <translation>В %1 под названиями столбцов нет клиентов. Проверьте, тот ли лист и та ли строка с названиями столбцов выбраны.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="211"/>
        <source>This does not look like a list of clients: no column holds names, companies, phones or e-mails. Choose the row that has the column names, or say on the next page which column holds what.</source>
        <translation>Это не похоже на список клиентов: ни в одном столбце нет имён, компаний, телефонов или эл. почты. Выберите строку с названиями столбцов или укажите на следующей странице, что в каком столбце.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="218"/>
        <source>The workbook %1 has no such sheet. Choose another sheet.</source>
        <translation>В книге %1 нет такого листа. Выберите другой лист.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="221"/>
        <source>This choice does not fit the file %1. Choose another sheet or another row of column names.</source>
        <translation>Этот выбор не подходит к файлу %1. Выберите другой лист или другую строку с названиями столбцов.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="226"/>
        <source>The import was stopped. Nothing of it was saved.</source>
        <translation>Перенос остановлен. Из него ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="229"/>
        <source>This import was already taken back, or it is not on this PC.</source>
        <translation>Этот перенос уже отменён или сделан не на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="232"/>
        <source>Only the person who brought the file in, or an administrator, can take the import back.</source>
        <translation>Отменить перенос может только тот, кто его делал, или администратор.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="240"/>
        <source>This could not be done, and nothing was changed. %1</source>
        <translation>Сделать это не удалось, ничего не изменилось. %1</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_file.py" line="199"/>
        <source>Does the list look right?</source>
        <translation>Список выглядит правильно?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_file.py" line="201"/>
        <source>These are the first rows as the program will read them. If the letters look wrong, choose another encoding. If the column names are not at the top, choose the row that holds them.</source>
        <translation>Так программа прочитает первые строки. Если вместо букв непонятные значки, выберите другую кодировку. Если названия столбцов не в первой строке, укажите строку, где они есть.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_file.py" line="204"/>
        <source>Encoding of the letters</source>
        <translation>Кодировка букв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_file.py" line="205"/>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_file.py" line="206"/>
        <source>Row with the column names</source>
        <translation>Строка с названиями столбцов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_file.py" line="207"/>
        <source>The first rows of the file</source>
        <translation>Первые строки файла</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_file.py" line="273"/>
        <source>%1 columns were found. The column names are in row %2.</source>
        <translation>Найдено столбцов: %1. Названия столбцов — в строке %2.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_file.py" line="276"/>
        <source>These are address book cards; each card becomes one client.</source>
        <translation>Это карточки адресной книги; каждая карточка станет одним клиентом.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_file.py" line="314"/>
        <source>Choose another sheet, another row of column names, or go Back and choose another file.</source>
        <translation>Выберите другой лист или другую строку с названиями столбцов либо вернитесь назад и выберите другой файл.</translation>
    </message>
</context>
<context>
    <name>ResultStep</name>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="358"/>
        <source>The clients are in</source>
        <translation>Клиенты перенесены</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="360"/>
        <source>Everything was saved as one import. If something looks wrong, you can take the whole import back: new clients go to the Recycle Bin and filled-in fields get their old values.</source>
        <translation>Всё сохранено как один перенос. Если что-то не так, его можно отменить целиком: новые клиенты уйдут в Корзину, а дополненные поля вернут прежние значения.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="363"/>
        <source>Undo this import</source>
        <translation>Отменить этот перенос</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="364"/>
        <source>Undo this whole import</source>
        <translation>Отменить весь этот перенос</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="378"/>
        <source>The rows with problems were left out. Correct them in the file and bring the file in again: clients already brought in are then skipped.</source>
        <translation>Строки с ошибками не перенесены. Исправьте их в файле и перенесите файл ещё раз: уже перенесённые клиенты будут пропущены.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="399"/>
        <source>The import was taken back.</source>
        <translation>Перенос отменён.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="400"/>
        <source>%n new client(s) moved to the Recycle Bin.</source>
        <translation>
            <numerusform>%n новый клиент перемещён в Корзину.</numerusform>
            <numerusform>%n новых клиента перемещены в Корзину.</numerusform>
            <numerusform>%n новых клиентов перемещено в Корзину.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="401"/>
        <source>%n filled-in field(s) restored.</source>
        <translation>
            <numerusform>%n дополненное поле возвращено как было.</numerusform>
            <numerusform>%n дополненных поля возвращены как были.</numerusform>
            <numerusform>%n дополненных полей возвращено как было.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="406"/>
        <source>%n field(s) had been changed again after the import and kept the newer value.</source>
        <translation>
            <numerusform>%n поле после переноса снова меняли — в нём осталось новое значение.</numerusform>
            <numerusform>%n поля после переноса снова меняли — в них осталось новое значение.</numerusform>
            <numerusform>%n полей после переноса снова меняли — в них осталось новое значение.</numerusform>
        </translation>
    </message>
</context>
</TS>
