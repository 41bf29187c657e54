<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Help</name>
    <message>
        <location filename="../../crm_desktop/ui/help/hub.py" line="138"/>
        <source>&amp;Help for this screen</source>
        <translation>&amp;Справка по этому экрану</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/hub.py" line="139"/>
        <source>Help &amp;contents and search</source>
        <translation>&amp;Оглавление и поиск по справке</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/hub.py" line="140"/>
        <source>Our company&apos;s &amp;work instructions</source>
        <translation>&amp;Рабочие инструкции нашей компании</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/hub.py" line="142"/>
        <source>&amp;Practice first (nothing is real)</source>
        <translation>Сначала &amp;потренироваться (всё понарошку)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/hub.py" line="144"/>
        <source>&amp;Start practice over</source>
        <translation>&amp;Начать тренировку заново</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/hub.py" line="145"/>
        <source>&amp;Back to my real work</source>
        <translation>&amp;Вернуться к настоящей работе</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/hub.py" line="181"/>
        <source>Start practice &amp;over</source>
        <translation>Начать тренировку &amp;заново</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/hub.py" line="182"/>
        <source>Start practice over with fresh made-up clients</source>
        <translation>Начать тренировку заново с новыми вымышленными клиентами</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/hub.py" line="184"/>
        <source>Back to my &amp;real work</source>
        <translation>Вернуться к &amp;настоящей работе</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/hub.py" line="185"/>
        <source>Leave practice and go back to my real work</source>
        <translation>Выйти из тренировки и вернуться к настоящей работе</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/hub.py" line="256"/>
        <source>Start practice over?</source>
        <translation>Начать тренировку заново?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/hub.py" line="257"/>
        <source>Everything you did in practice is thrown away and new made-up clients are put in. Your real work is not touched.</source>
        <translation>Всё, что вы делали на тренировке, будет удалено, и появятся новые вымышленные клиенты. Ваша настоящая работа не затрагивается.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="220"/>
        <source>No help for this yet</source>
        <extracomment>Help text is this much larger than the rest of the program.</extracomment>
        <translation>Справки пока нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="221"/>
        <source>There is no help page for this screen yet. Please look in the contents on the left.</source>
        <translation>Для этого экрана пока нет страницы справки. Посмотрите, пожалуйста, оглавление слева.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="239"/>
        <source>Help — %1</source>
        <translation>Справка — %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="240"/>
        <location filename="../../crm_desktop/ui/help/window.py" line="444"/>
        <location filename="../../crm_desktop/ui/help/window.py" line="445"/>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="255"/>
        <source>This instruction was deleted</source>
        <translation>Эта инструкция удалена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="256"/>
        <source>Ask your administrator where it went.</source>
        <translation>Спросите у администратора, куда она делась.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="259"/>
        <source>Written by %1, last changed %2</source>
        <translation>Автор: %1, последнее изменение: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="286"/>
        <source>Help pages</source>
        <translation>Страницы справки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="295"/>
        <source>Work instructions of %1</source>
        <translation>Рабочие инструкции компании %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="296"/>
        <source>Our company&apos;s work instructions</source>
        <translation>Рабочие инструкции нашей компании</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="305"/>
        <source>(none written yet)</source>
        <translation>(пока ни одной)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="324"/>
        <source>Nothing found. Try fewer or other words.</source>
        <translation>Ничего не найдено. Попробуйте меньше слов или другие слова.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="446"/>
        <source>&amp;Search the help</source>
        <translation>&amp;Поиск по справке</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="447"/>
        <source>Search the help</source>
        <translation>Поиск по справке</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="448"/>
        <source>Type a word, for example: delete</source>
        <translation>Введите слово, например: удалить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="449"/>
        <source>Contents of the help</source>
        <translation>Оглавление справки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="450"/>
        <source>Help page</source>
        <translation>Страница справки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="451"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="452"/>
        <source>Back to the page before</source>
        <translation>Вернуться на предыдущую страницу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="453"/>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="454"/>
        <source>Forward again</source>
        <translation>Снова вперёд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="455"/>
        <source>&amp;Start page</source>
        <translation>На&amp;чальная страница</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="456"/>
        <source>The help&apos;s start page</source>
        <translation>Начальная страница справки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="457"/>
        <source>&amp;New instruction</source>
        <translation>Новая &amp;инструкция</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="459"/>
        <source>Write a new work instruction for the company</source>
        <translation>Написать новую рабочую инструкцию для компании</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="460"/>
        <source>&amp;Change instruction</source>
        <translation>&amp;Изменить инструкцию</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="461"/>
        <source>Change this work instruction</source>
        <translation>Изменить эту рабочую инструкцию</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="462"/>
        <source>&amp;Delete instruction</source>
        <translation>&amp;Удалить инструкцию</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="464"/>
        <source>Send this work instruction to the recycle bin</source>
        <translation>Отправить эту рабочую инструкцию в Корзину</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="465"/>
        <source>&amp;Close help</source>
        <translation>&amp;Закрыть справку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="466"/>
        <source>Close the help window</source>
        <translation>Закрыть окно справки</translation>
    </message>
</context>
<context>
    <name>InstructionEditor</name>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="81"/>
        <source>Work instruction</source>
        <translation>Рабочая инструкция</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="82"/>
        <source>Change a work instruction</source>
        <translation>Изменение рабочей инструкции</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="83"/>
        <source>New work instruction</source>
        <translation>Новая рабочая инструкция</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="85"/>
        <source>Write how your company does this job, step by step. Everyone in the company can read it in Help; only administrators can change it.</source>
        <translation>Опишите по шагам, как эта работа делается в вашей компании. Прочитать инструкцию в справке сможет каждый сотрудник, а изменить — только администратор.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="87"/>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="87"/>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="88"/>
        <source>A short name, for example: How we handle complaints</source>
        <translation>Короткое название, например: Как мы разбираем жалобы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="89"/>
        <source>&amp;Instruction</source>
        <translation>&amp;Текст инструкции</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="90"/>
        <source>The instruction itself, step by step</source>
        <translation>Сама инструкция, по шагам</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="91"/>
        <source>B&amp;old</source>
        <translation>&amp;Жирный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="92"/>
        <source>Make the chosen words bold</source>
        <translation>Выделить выбранные слова жирным</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="93"/>
        <source>He&amp;ading</source>
        <translation>&amp;Заголовок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="94"/>
        <source>Make this line a heading</source>
        <translation>Сделать эту строку заголовком</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="95"/>
        <source>Numbered &amp;list</source>
        <translation>Нумерованный &amp;список</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="96"/>
        <source>Make these lines numbered steps</source>
        <translation>Сделать эти строки пронумерованными шагами</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="97"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="98"/>
        <source>Save the instruction</source>
        <translation>Сохранить инструкцию</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="99"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="100"/>
        <source>Close without saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="131"/>
        <source>Please give the instruction a short title (at most 120 letters).</source>
        <translation>Дайте инструкции короткое название (не длиннее 120 букв).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="136"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="137"/>
        <source>Only an administrator can write work instructions. Nothing was changed.</source>
        <translation>Писать рабочие инструкции может только администратор. Ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="145"/>
        <source>Delete this instruction?</source>
        <translation>Удалить эту инструкцию?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="146"/>
        <source>The instruction goes to the recycle bin. An administrator can bring it back from there.</source>
        <translation>Инструкция попадёт в Корзину. Администратор сможет её оттуда вернуть.</translation>
    </message>
</context>
<context>
    <name>WhyLink</name>
    <message>
        <location filename="../../crm_desktop/ui/help/why.py" line="42"/>
        <location filename="../../crm_desktop/ui/help/why.py" line="46"/>
        <source>Why?</source>
        <translation>Почему?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/why.py" line="44"/>
        <source>Why? %1</source>
        <translation>Почему? %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/why.py" line="47"/>
        <source>Opens the help that explains this rule</source>
        <translation>Открыть справку, где объясняется это правило</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <location filename="../../crm_desktop/ui/help/screens.py" line="28"/>
        <source>How we handle complaints</source>
        <translation>Как мы разбираем жалобы</translation>
    </message>
</context>
</TS>
