<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ClientCard</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="51"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="52"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="53"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="54"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="153"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="154"/>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="156"/>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="156"/>
        <source>Works at (&amp;company)</source>
        <translation>Место работы (&amp;компания)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="157"/>
        <source>&amp;Phone numbers</source>
        <translation>&amp;Телефоны</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="157"/>
        <source>&amp;E-mail addresses</source>
        <translation>&amp;Эл. почта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="158"/>
        <source>A&amp;ddress</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="158"/>
        <source>&amp;Website</source>
        <translation>&amp;Сайт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="159"/>
        <source>Where they came &amp;from</source>
        <translation>&amp;Откуда пришёл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="159"/>
        <source>&amp;Tags</source>
        <translation>&amp;Метки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="160"/>
        <source>&amp;Grade</source>
        <translation>&amp;Категория</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="160"/>
        <source>&amp;Status</source>
        <translation>С&amp;татус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="166"/>
        <location filename="../../crm_desktop/ui/clients/card.py" line="167"/>
        <source>People at this client</source>
        <translation>Контактные лица клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="168"/>
        <source>Add a &amp;person</source>
        <translation>Добавить &amp;контакт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="169"/>
        <source>Add a contact person</source>
        <translation>Добавить контактное лицо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="170"/>
        <source>&amp;Undo last change</source>
        <translation>&amp;Отменить последнее изменение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="171"/>
        <source>Undo the last change</source>
        <translation>Отменить последнее изменение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="172"/>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="173"/>
        <source>Show every change to this client</source>
        <translation>Показать все изменения клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="174"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="175"/>
        <source>Send this client to the Recycle Bin</source>
        <translation>Переместить клиента в корзину</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="176"/>
        <source>&amp;Merge with a duplicate</source>
        <translation>&amp;Объединить с дублем</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="177"/>
        <source>Merge this client with a duplicate</source>
        <translation>Объединить клиента с дублем</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="178"/>
        <source>Correct who &amp;brought them in</source>
        <translation>Исправить, кто &amp;привёл клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="179"/>
        <source>Correct who brought this client in</source>
        <translation>Исправить, кто привёл этого клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="180"/>
        <source>C&amp;lose</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="181"/>
        <source>Close the client card</source>
        <translation>Закрыть карточку клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="194"/>
        <source>Brought in by %1 on %2</source>
        <translation>Привёл(а) %1, %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="195"/>
        <location filename="../../crm_desktop/ui/clients/card.py" line="199"/>
        <source>someone unknown</source>
        <translation>неизвестный сотрудник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="198"/>
        <source>Brought in by %1</source>
        <translation>Привёл(а) %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="200"/>
        <source>Owner: %1</source>
        <translation>Ответственный: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="200"/>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="204"/>
        <source>This client is in the Recycle Bin.</source>
        <translation>Этот клиент в корзине.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="263"/>
        <source>Change %1</source>
        <translation>Изменение: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="277"/>
        <source>Delete %1</source>
        <translation>Удаление: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="300"/>
        <source>Who brought this client in?</source>
        <translation>Кто привёл этого клиента?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="301"/>
        <source>Colleague</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="304"/>
        <source>Why the change?</source>
        <translation>Почему меняете?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="305"/>
        <source>Reason (kept in the history)</source>
        <translation>Причина (сохранится в истории)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="313"/>
        <source>Please give a reason for the change.</source>
        <translation>Укажите, пожалуйста, причину изменения.</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="54"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="55"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="56"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="57"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="58"/>
        <source>Grade</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="59"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="60"/>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="66"/>
        <source>Prospect</source>
        <translation>Потенциальный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="67"/>
        <source>Active</source>
        <translation>Действующий</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="68"/>
        <source>Inactive</source>
        <translation>Неактивный</translation>
    </message>
</context>
<context>
    <name>ClientMessages</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="16"/>
        <source>Please fill this in.</source>
        <translation>Заполните, пожалуйста, это поле.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="17"/>
        <source>This is too long. Please shorten it to %1 characters or fewer.</source>
        <translation>Слишком длинно. Сократите, пожалуйста, до %1 символов.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="20"/>
        <source>Please remove the emoji or picture symbols.</source>
        <translation>Уберите, пожалуйста, смайлики и значки.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="23"/>
        <source>A word here mixes alphabets (for example Latin and Cyrillic letters). Check the keyboard language and type it again.</source>
        <translation>В слове смешаны алфавиты (например, латиница и кириллица). Проверьте раскладку клавиатуры и введите заново.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="28"/>
        <source>This contains invisible characters. Please type it again.</source>
        <translation>Здесь есть невидимые символы. Введите, пожалуйста, заново.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="31"/>
        <source>Too many entries. At most %1 are allowed.</source>
        <translation>Слишком много значений. Можно не больше %1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="34"/>
        <source>Please choose one of the offered values.</source>
        <translation>Выберите, пожалуйста, один из предложенных вариантов.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="37"/>
        <source>Please type the phone number.</source>
        <translation>Введите, пожалуйста, номер телефона.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="40"/>
        <source>“%2” is too short for a phone number. Check the digits.</source>
        <translation>«%2» — слишком короткий номер. Проверьте цифры.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="43"/>
        <source>“%2” is too long for a phone number. Check the digits.</source>
        <translation>«%2» — слишком длинный номер. Проверьте цифры.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="46"/>
        <source>“%2” is not a phone number. Type it with digits, for example 138 0013 8000.</source>
        <translation>«%2» — не номер телефона. Введите цифрами, например 8 912 345-67-89.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="50"/>
        <source>Please type the e-mail address.</source>
        <translation>Введите, пожалуйста, адрес эл. почты.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="53"/>
        <source>“%2” has no @. An e-mail address looks like name@example.com.</source>
        <translation>В «%2» нет @. Адрес почты выглядит так: name@example.com.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="56"/>
        <source>The part after @ in “%2” is not right. It should look like example.com.</source>
        <translation>В «%2» неверная часть после @. Она должна выглядеть как example.com.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="60"/>
        <source>The part before @ in “%2” is not right. Check for spaces.</source>
        <translation>В «%2» неверная часть до @. Проверьте, нет ли пробелов.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="63"/>
        <source>“%2” is too long for an e-mail address.</source>
        <translation>«%2» — слишком длинный адрес эл. почты.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="66"/>
        <source>Please choose a colleague from the list.</source>
        <translation>Выберите, пожалуйста, сотрудника из списка.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="71"/>
        <source>Please check this field.</source>
        <translation>Проверьте, пожалуйста, это поле.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="78"/>
        <source>the same phone number</source>
        <translation>тот же номер телефона</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="79"/>
        <source>the same e-mail address</source>
        <translation>тот же адрес эл. почты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="80"/>
        <source>a very similar name</source>
        <translation>очень похожее название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="81"/>
        <source>a company of the same name</source>
        <translation>компанию с таким же названием</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="82"/>
        <source>a contact person of the same name</source>
        <translation>контактное лицо с таким же именем</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="85"/>
        <source>the same company</source>
        <translation>ту же компанию</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="87"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="98"/>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="113"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="102"/>
        <source>%1 (owner %2) has %3.</source>
        <translation>У клиента %1 (ответственный: %2) %3.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="106"/>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="110"/>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="117"/>
        <source>A client of %1 has %2. You cannot open it, but you can ask them.</source>
        <translation>У клиента сотрудника %1 %2. Открыть его вы не можете, но можете спросить у коллеги.</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="114"/>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="117"/>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="147"/>
        <source>Clients</source>
        <extracomment>Quick filters: (key, scope, grade, status)</extracomment>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="118"/>
        <source>&amp;Find a client: name, pinyin, phone digits or e-mail</source>
        <translation>&amp;Найти клиента: имя, телефон (цифры) или эл. почта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="119"/>
        <source>For example: 张伟, zw, Иванов, 8000</source>
        <translation>Например: Иванов, 张伟, zw, 8000</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="120"/>
        <source>Find a client</source>
        <translation>Найти клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="121"/>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="122"/>
        <source>Which clients to show</source>
        <translation>Каких клиентов показать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="124"/>
        <source>All clients I can see</source>
        <translation>Все доступные мне клиенты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="125"/>
        <source>My clients</source>
        <translation>Мои клиенты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="126"/>
        <source>Clients I brought in</source>
        <translation>Клиенты, которых привёл я</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="127"/>
        <source>Grade A clients</source>
        <translation>Клиенты категории A</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="128"/>
        <source>Grade B clients</source>
        <translation>Клиенты категории B</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="129"/>
        <source>Grade C clients</source>
        <translation>Клиенты категории C</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="130"/>
        <source>Prospects</source>
        <translation>Потенциальные клиенты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="131"/>
        <source>Active clients</source>
        <translation>Действующие клиенты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="132"/>
        <source>Inactive clients</source>
        <translation>Неактивные клиенты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="141"/>
        <source>&amp;New client</source>
        <translation>&amp;Новый клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="142"/>
        <source>Add a new client</source>
        <translation>Добавить нового клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="143"/>
        <source>&amp;Open client</source>
        <translation>&amp;Открыть клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="144"/>
        <source>Bring in from a file…</source>
        <translation>Перенести из файла…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="145"/>
        <source>Bring in clients from a file</source>
        <translation>Перенести клиентов из файла</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="146"/>
        <source>Open the selected client</source>
        <translation>Открыть выбранного клиента</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="178"/>
        <source>More than %n client(s) match. Type more to narrow the list.</source>
        <translation>
            <numerusform>Подходит больше %n клиента. Уточните запрос, чтобы сократить список.</numerusform>
            <numerusform>Подходит больше %n клиентов. Уточните запрос, чтобы сократить список.</numerusform>
            <numerusform>Подходит больше %n клиентов. Уточните запрос, чтобы сократить список.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="180"/>
        <source>No client matches “%1”.</source>
        <translation>Клиентов по запросу «%1» не найдено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="183"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиента</numerusform>
            <numerusform>%n клиентов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="346"/>
        <source>Add a person</source>
        <translation>Добавить контактное лицо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="347"/>
        <source>A person at this client</source>
        <translation>Контактное лицо клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="348"/>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="349"/>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="349"/>
        <source>&amp;Position</source>
        <translation>&amp;Должность</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="350"/>
        <source>P&amp;hone numbers</source>
        <translation>Т&amp;елефоны</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="350"/>
        <source>&amp;E-mail addresses</source>
        <translation>&amp;Эл. почта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="353"/>
        <source>&amp;Save person</source>
        <translation>&amp;Сохранить контакт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="354"/>
        <source>Save this person</source>
        <translation>Сохранить это контактное лицо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="355"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="356"/>
        <source>Cancel without saving</source>
        <translation>Отменить без сохранения</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge.py" line="82"/>
        <location filename="../../crm_desktop/ui/clients/merge.py" line="83"/>
        <source>Merge two clients</source>
        <translation>Объединение двух клиентов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge.py" line="85"/>
        <source>Choose which value stays for each line. Phone numbers, e-mails and tags of both are kept. People, activities and history move over. The other client goes to the Recycle Bin.</source>
        <translation>Для каждой строки выберите, какое значение оставить. Телефоны, адреса почты и метки обоих сохранятся. Контакты, события и история перейдут сюда, а второй клиент попадёт в корзину.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge.py" line="88"/>
        <source>&amp;Which client is the same as this one?</source>
        <translation>&amp;Какой клиент — тот же самый?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge.py" line="89"/>
        <source>The client to merge into this one</source>
        <translation>Клиент, который будет объединён с этим</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge.py" line="90"/>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge.py" line="91"/>
        <source>Merge the two clients</source>
        <translation>Объединить двух клиентов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge.py" line="92"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge.py" line="93"/>
        <source>Cancel without merging</source>
        <translation>Отменить без объединения</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge.py" line="127"/>
        <source>No similar client found.</source>
        <translation>Похожих клиентов не найдено.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge.py" line="131"/>
        <source>Keep this client&apos;s value</source>
        <translation>Оставить значение этого клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge.py" line="132"/>
        <source>Take the other client&apos;s value</source>
        <translation>Взять значение другого клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge.py" line="142"/>
        <source>Keep %1</source>
        <translation>Оставить: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge.py" line="143"/>
        <source>Take the other %1</source>
        <translation>Взять другое: %1</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="174"/>
        <location filename="../../crm_desktop/ui/clients/form.py" line="175"/>
        <source>New client</source>
        <extracomment>The client to open after the dialog closes (saved, or the existing one chosen).</extracomment>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="176"/>
        <source>Your unfinished client was brought back. Carry on typing.</source>
        <translation>Мы вернули незаконченную карточку клиента. Продолжайте ввод.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="177"/>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="179"/>
        <source>&amp;Name of the company or person</source>
        <translation>&amp;Название компании или имя человека</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="180"/>
        <source>&amp;Kind</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="181"/>
        <source>Works at (&amp;company)</source>
        <translation>Место работы (&amp;компания)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="181"/>
        <source>Only for a person</source>
        <translation>Только для частного лица</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="182"/>
        <source>&amp;Phone numbers</source>
        <translation>&amp;Телефоны</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="182"/>
        <location filename="../../crm_desktop/ui/clients/form.py" line="183"/>
        <location filename="../../crm_desktop/ui/clients/form.py" line="188"/>
        <source>Separate several with commas</source>
        <translation>Несколько — через запятую</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="183"/>
        <source>&amp;E-mail addresses</source>
        <translation>&amp;Эл. почта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="184"/>
        <source>&amp;Brought in by</source>
        <translation>&amp;Кто привёл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="185"/>
        <source>The colleague who found this client</source>
        <translation>Сотрудник, который нашёл этого клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="186"/>
        <source>&amp;Grade</source>
        <translation>&amp;Категория</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="187"/>
        <source>Where they came &amp;from</source>
        <translation>&amp;Откуда пришёл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="187"/>
        <source>For example: trade fair</source>
        <translation>Например: выставка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="188"/>
        <source>&amp;Tags</source>
        <translation>&amp;Метки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="189"/>
        <source>N&amp;otes</source>
        <translation>&amp;Заметки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="193"/>
        <source>A company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="194"/>
        <source>A person</source>
        <translation>Частное лицо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="195"/>
        <source>A: most important</source>
        <translation>A: самые важные</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="195"/>
        <source>B: regular</source>
        <translation>B: обычные</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="196"/>
        <source>C: occasional</source>
        <translation>C: от случая к случаю</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="200"/>
        <source>&amp;Open the existing client</source>
        <translation>&amp;Открыть существующего клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="201"/>
        <source>Open the existing client</source>
        <translation>Открыть существующего клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="202"/>
        <source>&amp;Add this person as a contact of that company</source>
        <translation>&amp;Добавить как контактное лицо этой компании</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="203"/>
        <source>Add this person as a contact of that company</source>
        <translation>Добавить как контактное лицо этой компании</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="204"/>
        <source>Save anyway: it is a &amp;different client</source>
        <translation>Всё равно сохранить: это &amp;другой клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="205"/>
        <source>Save anyway, it is a different client</source>
        <translation>Всё равно сохранить, это другой клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="206"/>
        <source>&amp;Save client</source>
        <translation>&amp;Сохранить клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="207"/>
        <source>Save the new client</source>
        <translation>Сохранить нового клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="208"/>
        <source>Close (your typing is kept)</source>
        <translation>Закрыть (введённое сохранится)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="209"/>
        <source>Close, keeping what you typed</source>
        <translation>Закрыть, сохранив введённое</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="199"/>
        <location filename="../../crm_desktop/ui/clients/form.py" line="274"/>
        <source>This client may already be in the program.</source>
        <translation>Похоже, этот клиент уже есть в программе.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="275"/>
        <source>A similar client is already in the program.</source>
        <translation>В программе уже есть похожий клиент.</translation>
    </message>
</context>
</TS>
