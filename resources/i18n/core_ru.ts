<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="81"/>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="82"/>
        <source>Something went wrong. Your work is saved.</source>
        <translation>Что-то пошло не так. Ваша работа сохранена.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="84"/>
        <source>The program met a problem it did not expect. Everything you saved before is safe. You can carry on working. If it happens again, press “Copy details for IT” and send them to your IT person.</source>
        <translation>Программа столкнулась с неожиданной проблемой. Всё, что вы сохранили раньше, в целости. Можно продолжать работу. Если это повторится, нажмите «Скопировать подробности для ИТ» и отправьте их вашему специалисту по компьютерам.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="89"/>
        <source>The details are also written to %1.</source>
        <translation>Подробности также записаны в файл %1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="93"/>
        <source>&amp;Copy details for IT</source>
        <translation>&amp;Скопировать подробности для ИТ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="94"/>
        <source>Copy details for IT</source>
        <translation>Скопировать подробности для ИТ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="95"/>
        <source>Show &amp;details</source>
        <translation>Показать &amp;подробности</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="96"/>
        <source>Show the technical details</source>
        <translation>Показать технические подробности</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="97"/>
        <source>C&amp;lose</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="98"/>
        <source>Close this message</source>
        <translation>Закрыть это сообщение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="99"/>
        <source>Technical details</source>
        <translation>Технические подробности</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="103"/>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/history.py" line="26"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/history.py" line="27"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/history.py" line="28"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/history.py" line="29"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/history.py" line="30"/>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/history.py" line="31"/>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/history.py" line="32"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/history.py" line="67"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/history.py" line="68"/>
        <source>History of %1</source>
        <translation>История: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/history.py" line="69"/>
        <source>Every change to this record</source>
        <translation>Все изменения этой записи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/history.py" line="71"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="13"/>
        <source>Company setting</source>
        <translation>Настройка компании</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="14"/>
        <location filename="../../crm_desktop/ui/labels.py" line="49"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="15"/>
        <source>Person</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="16"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="17"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="18"/>
        <source>Phone or e-mail key</source>
        <translation>Ключ телефона или почты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="19"/>
        <source>Activity</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="20"/>
        <source>Follow-up</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="21"/>
        <source>Sales stage</source>
        <translation>Этап продаж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="22"/>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="23"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="24"/>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="25"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="26"/>
        <source>Stock movement</source>
        <translation>Движение товара</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="27"/>
        <source>Approval route</source>
        <translation>Маршрут согласования</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="28"/>
        <source>Approval request</source>
        <translation>Запрос на согласование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="29"/>
        <source>Approval decision</source>
        <translation>Решение по согласованию</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="30"/>
        <source>History entry</source>
        <translation>Запись истории</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="39"/>
        <location filename="../../crm_desktop/ui/labels.py" line="57"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="40"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="41"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="42"/>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="43"/>
        <source>E-mails</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="44"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="45"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="46"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="47"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="48"/>
        <source>Brought in by</source>
        <translation>Кто привёл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="50"/>
        <source>Grade</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="51"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="52"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="53"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="54"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="55"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="56"/>
        <source>In the Recycle Bin</source>
        <translation>В корзине</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="58"/>
        <source>Sign-in name</source>
        <translation>Имя для входа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="59"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="60"/>
        <source>Active</source>
        <translation>Работает</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="61"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="62"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="63"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="64"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="71"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="72"/>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="73"/>
        <source>Sent to the Recycle Bin</source>
        <translation>Отправлено в корзину</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="74"/>
        <source>Restored</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="75"/>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="76"/>
        <source>Handed over</source>
        <translation>Передано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="77"/>
        <source>Imported</source>
        <translation>Загружено из файла</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="225"/>
        <source>About CRM Desktop</source>
        <extracomment>Set once show_then_fill() has filled the first page (start-up; the bench waits on it).</extracomment>
        <translation>О программе CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="226"/>
        <source>CRM Desktop %1
Your data is kept in:
%2</source>
        <translation>CRM Desktop %1
Ваши данные хранятся здесь:
%2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="234"/>
        <source>“%1” can no longer be undone: it was changed again since, here or by a colleague. Nothing was changed now.</source>
        <translation>«%1» уже нельзя отменить: с тех пор это изменили ещё раз — здесь или коллега. Сейчас ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="237"/>
        <source>“%1” cannot be undone: %2</source>
        <translation>«%1» отменить нельзя: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="239"/>
        <source>Undo</source>
        <translation>Отмена действия</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="255"/>
        <source>CRM Desktop — practice</source>
        <translation>CRM Desktop — тренировка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="256"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="258"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="259"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="260"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="261"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="262"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="263"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="264"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Крупнее текст</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="265"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Мельче текст</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="266"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Обычный размер текста</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="267"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Высокая контрастность</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="268"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="269"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="270"/>
        <source>&amp;About CRM Desktop</source>
        <translation>&amp;О программе CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="271"/>
        <source>Pages</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="281"/>
        <source>Practice — nothing here is real</source>
        <translation>Тренировка — здесь всё понарошку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="283"/>
        <source>Practice file — nothing here is real</source>
        <translation>Тренировочный файл — здесь всё понарошку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="285"/>
        <source>Saved on this PC</source>
        <translation>Сохранено на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="287"/>
        <source>Where your data is</source>
        <translation>Где ваши данные</translation>
    </message>
</context>
<context>
    <name>RecycleBinPage</name>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="21"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="22"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="23"/>
        <source>Deleted on</source>
        <translation>Когда удалено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="24"/>
        <source>Deleted by</source>
        <translation>Кем удалено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="72"/>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="75"/>
        <source>Recycle Bin</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="77"/>
        <source>Nothing you delete is lost. It waits here until you bring it back.</source>
        <translation>Удалённое не пропадает: оно лежит здесь, пока вы его не вернёте.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="79"/>
        <source>&amp;Restore</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="80"/>
        <source>Restore the selected record</source>
        <translation>Вернуть выбранную запись</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="81"/>
        <source>Show &amp;history</source>
        <translation>Показать &amp;историю</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="82"/>
        <source>Show the history of the selected record</source>
        <translation>Показать историю выбранной записи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="83"/>
        <source>Deleted records</source>
        <translation>Удалённые записи</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="113"/>
        <source>%n record(s) waiting to be restored.</source>
        <translation>
            <numerusform>%n запись ждёт, когда её вернут.</numerusform>
            <numerusform>%n записи ждут, когда их вернут.</numerusform>
            <numerusform>%n записей ждут, когда их вернут.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="115"/>
        <source>The Recycle Bin is empty.</source>
        <translation>Корзина пуста.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="102"/>
        <source>Restore %1</source>
        <translation>Вернуть «%1»</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../crm_desktop/ui/pages/settings.py" line="65"/>
        <location filename="../../crm_desktop/ui/pages/settings.py" line="68"/>
        <source>My settings</source>
        <translation>Мои настройки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/settings.py" line="70"/>
        <source>These choices are for this computer only. Your colleagues keep their own.</source>
        <translation>Эти настройки действуют только на этом компьютере. У коллег остаются свои.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/settings.py" line="72"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/settings.py" line="73"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/settings.py" line="74"/>
        <source>&amp;Text size</source>
        <translation>&amp;Размер текста</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/settings.py" line="75"/>
        <source>Text size</source>
        <translation>Размер текста</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/settings.py" line="76"/>
        <source>Smaller</source>
        <translation>Мельче</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/settings.py" line="77"/>
        <source>Make the text smaller</source>
        <translation>Сделать текст мельче</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/settings.py" line="78"/>
        <source>Larger</source>
        <translation>Крупнее</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/settings.py" line="79"/>
        <source>Make the text larger</source>
        <translation>Сделать текст крупнее</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../crm_desktop/app.py" line="146"/>
        <source>Please update CRM Desktop</source>
        <translation>Пожалуйста, обновите CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/app.py" line="147"/>
        <source>Your data was saved by a newer CRM Desktop than this one. Please update CRM Desktop on this computer. Nothing was changed.</source>
        <translation>Ваши данные сохранены более новой версией CRM Desktop. Пожалуйста, обновите CRM Desktop на этом компьютере. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/app.py" line="184"/>
        <source>CRM Desktop is already open on this computer. We brought its window to the front, so you can carry on there.</source>
        <translation>CRM Desktop уже открыта на этом компьютере. Мы вывели её окно на передний план — продолжайте работу там.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/app.py" line="190"/>
        <source>CRM Desktop is already open on this computer with the same data. Please use the window that is already open.</source>
        <translation>CRM Desktop уже открыта на этом компьютере с теми же данными. Пожалуйста, работайте в уже открытом окне.</translation>
    </message>
</context>
</TS>
