<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AccountActions</name>
    <message>
        <location filename="../../crm_desktop/ui/people/account.py" line="29"/>
        <source>Change my password…</source>
        <translation>Сменить мой пароль…</translation>
    </message>
</context>
<context>
    <name>AdministrationPage</name>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="43"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="44"/>
        <source>Sign-in name</source>
        <translation>Имя для входа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="45"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="46"/>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="56"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="47"/>
        <source>Can sign in</source>
        <translation>Может входить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="48"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="49"/>
        <source>no, deactivated</source>
        <translation>нет, отключён</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="57"/>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="188"/>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="215"/>
        <source>People</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="64"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="65"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="66"/>
        <source>Records</source>
        <translation>Записей</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="181"/>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="184"/>
        <source>Administration</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="186"/>
        <source>Who works with CRM Desktop, in which department, and what staff may see. Deactivated people can no longer sign in; their history stays.</source>
        <translation>Кто работает в CRM Desktop, в каком отделе и что видят сотрудники. Отключённые сотрудники больше не могут войти, но вся их история сохраняется.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="189"/>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="216"/>
        <source>Departments</source>
        <translation>Отделы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="190"/>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="214"/>
        <source>What staff see</source>
        <translation>Что видят сотрудники</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="192"/>
        <source>Managers always see their department&apos;s clients and administrators see all. Choose what staff see:</source>
        <translation>Руководители всегда видят клиентов своего отдела, администраторы — всех. Выберите, что видят рядовые сотрудники:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="194"/>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="217"/>
        <source>Handovers</source>
        <translation>Передачи клиентов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="196"/>
        <source>Add a person…</source>
        <translation>Добавить сотрудника…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="196"/>
        <source>Add a person</source>
        <translation>Добавить сотрудника</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="197"/>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="197"/>
        <source>Change the chosen person</source>
        <translation>Изменить выбранного сотрудника</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="198"/>
        <source>Set a new password…</source>
        <translation>Задать новый пароль…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="199"/>
        <source>Set a new password for the chosen person</source>
        <translation>Задать новый пароль выбранному сотруднику</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="200"/>
        <source>Hand over clients…</source>
        <translation>Передать клиентов…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="201"/>
        <source>Hand the chosen person&apos;s clients over to colleagues</source>
        <translation>Передать клиентов выбранного сотрудника коллегам</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="202"/>
        <source>Add a department…</source>
        <translation>Добавить отдел…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="203"/>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="346"/>
        <source>Add a department</source>
        <translation>Добавить отдел</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="204"/>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="205"/>
        <source>Rename the chosen department</source>
        <translation>Переименовать выбранный отдел</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="206"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="207"/>
        <source>Remove the chosen department</source>
        <translation>Удалить выбранный отдел</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="208"/>
        <source>Take this handover back</source>
        <translation>Отменить эту передачу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="209"/>
        <source>Take the chosen handover back as a whole</source>
        <translation>Отменить выбранную передачу целиком</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="261"/>
        <source>Activate again</source>
        <translation>Снова включить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="262"/>
        <source>Let the chosen person sign in again</source>
        <translation>Разрешить выбранному сотруднику снова входить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="264"/>
        <source>Deactivate</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="266"/>
        <source>Deactivate the chosen person (they can no longer sign in)</source>
        <translation>Отключить выбранного сотрудника (он больше не сможет войти)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="308"/>
        <source>The person was added. They can sign in now.</source>
        <translation>Сотрудник добавлен и уже может входить.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="313"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="324"/>
        <source>The new password is set. Please tell it to %1 in person.</source>
        <translation>Новый пароль задан. Сообщите его сотруднику (%1) лично.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="332"/>
        <source>%1 can no longer sign in. Everything they did stays in the history.</source>
        <translation>%1 больше не сможет войти. Всё, что сделано этим сотрудником, остаётся в истории.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="334"/>
        <source>%1 can sign in again.</source>
        <translation>%1 снова может входить.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="342"/>
        <source>The handover is done. You can take it back below, under Handovers.</source>
        <translation>Передача выполнена. Отменить её можно ниже, в разделе «Передачи клиентов».</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="346"/>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="353"/>
        <source>Department name</source>
        <translation>Название отдела</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="353"/>
        <source>Rename a department</source>
        <translation>Переименовать отдел</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="360"/>
        <source>The department was removed. You find it in the Recycle Bin.</source>
        <translation>Отдел удалён. Его можно найти в корзине.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="365"/>
        <source>Saved. Staff now see: %1</source>
        <translation>Сохранено. Теперь сотрудники видят: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="376"/>
        <source>The handover was taken back: %1 records returned.</source>
        <translation>Передача отменена: возвращено записей — %1.</translation>
    </message>
</context>
<context>
    <name>AdministratorStep</name>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="547"/>
        <source>Who are you? You will look after CRM Desktop.</source>
        <translation>Кто вы? Вы будете отвечать за CRM Desktop.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="548"/>
        <source>You become the administrator: you add your colleagues and can hand clients over.</source>
        <translation>Вы станете администратором: будете добавлять коллег и сможете передавать клиентов.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="550"/>
        <source>Your name (you sign in with it)</source>
        <translation>Ваше имя (с ним вы входите в программу)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="550"/>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="551"/>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="552"/>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="551"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="552"/>
        <source>The same password again</source>
        <translation>Тот же пароль ещё раз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="553"/>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="554"/>
        <source>Show the password</source>
        <translation>Показать пароль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="556"/>
        <source>A good password is long rather than strange: three or four words you can remember, like &quot;green tea at nine&quot;. At least %1 characters. Do not use your name.</source>
        <translation>Хороший пароль — не замысловатый, а длинный: три-четыре слова, которые легко запомнить, например «зелёный чай в девять». Не короче %1 символов. Не используйте своё имя.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="576"/>
        <source>Please type your name.</source>
        <translation>Введите своё имя.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="578"/>
        <source>Please choose a password.</source>
        <translation>Придумайте, пожалуйста, пароль.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="581"/>
        <source>The password needs at least %1 characters.</source>
        <translation>В пароле должно быть не меньше %1 символов.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="584"/>
        <source>The password must not be your name.</source>
        <translation>Пароль не должен совпадать с вашим именем.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="586"/>
        <source>The two passwords are not the same yet.</source>
        <translation>Пароли пока не совпадают.</translation>
    </message>
</context>
<context>
    <name>CompanyStep</name>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="499"/>
        <source>What is your company called?</source>
        <translation>Как называется ваша компания?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="500"/>
        <source>It is shown at the top of reports and on the sign-in window.</source>
        <translation>Название будет видно в отчётах и в окне входа.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="502"/>
        <source>Company name</source>
        <translation>Название компании</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="502"/>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="511"/>
        <source>Please type the company&apos;s name.</source>
        <translation>Введите, пожалуйста, название компании.</translation>
    </message>
</context>
<context>
    <name>ConfirmStep</name>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="437"/>
        <source>Hand over now?</source>
        <translation>Передать сейчас?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="438"/>
        <source>Each moved record gets a line in its history. The whole handover can be taken back later on the Administration page.</source>
        <translation>У каждой переданной записи в истории появится строка об этом. Всю передачу целиком можно будет отменить на странице «Администрирование».</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="64"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="65"/>
        <source>Save and close</source>
        <translation>Сохранить и закрыть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="66"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="67"/>
        <source>Close without saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
</context>
<context>
    <name>HandoverWizard</name>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="474"/>
        <source>Hand over clients</source>
        <translation>Передача клиентов</translation>
    </message>
</context>
<context>
    <name>HoldingsStep</name>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="139"/>
        <source>This is what %1 holds now:</source>
        <translation>Сейчас за сотрудником (%1) числится:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="140"/>
        <source>All of it moves on the next steps. Finished work and won deals stay under their name.</source>
        <translation>Всё это будет передано на следующих шагах. Завершённые дела и выигранные сделки остаются за ним.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="143"/>
        <source>Clients: %1</source>
        <translation>Клиентов: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="144"/>
        <source>Open deals: %1</source>
        <translation>Открытых сделок: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="145"/>
        <source>Follow-ups to do: %1</source>
        <translation>Незавершённых напоминаний: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="146"/>
        <source>Open complaints: %1</source>
        <translation>Открытых жалоб: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="158"/>
        <source>This person holds nothing to hand over.</source>
        <translation>За этим сотрудником ничего не числится — передавать нечего.</translation>
    </message>
</context>
<context>
    <name>HowStep</name>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="183"/>
        <source>How should the clients be shared out?</source>
        <translation>Как распределить клиентов?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="184"/>
        <source>Most often everything goes to one colleague.</source>
        <translation>Чаще всего всё передают одному коллеге.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="186"/>
        <source>Everything to one colleague</source>
        <translation>Всё одному коллеге</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="187"/>
        <source>Split by grade (A, B, C)</source>
        <translation>Разделить по категориям (A, B, C)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="188"/>
        <source>Split evenly among several colleagues</source>
        <translation>Поровну между несколькими коллегами</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="189"/>
        <source>Choose clients one by one</source>
        <translation>Выбрать клиентов по одному</translation>
    </message>
</context>
<context>
    <name>LanguageStep</name>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="94"/>
        <source>The program will speak this language. You can change it later under My settings.</source>
        <extracomment>What the connection test found: &quot;join&quot; (a company is there) or &quot;empty&quot;.</extracomment>
        <translation>Программа будет говорить на этом языке. Потом его можно сменить в разделе «Мои настройки».</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="96"/>
        <source>Not ready yet? Try everything first with made-up clients. Nothing you do there is real.</source>
        <translation>Хотите сначала освоиться? Попробуйте всё на вымышленных клиентах — там ничего не происходит по-настоящему.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="98"/>
        <source>Practice first</source>
        <translation>Сначала потренироваться</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="99"/>
        <source>Practice first, with made-up clients</source>
        <translation>Потренироваться на вымышленных клиентах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="121"/>
        <source>Please choose a language.</source>
        <translation>Выберите, пожалуйста, язык.</translation>
    </message>
</context>
<context>
    <name>LeaverStep</name>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="94"/>
        <source>Who is leaving, or moving to other work?</source>
        <translation>Кто уходит или переходит на другую работу?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="95"/>
        <source>Their clients and open work go to colleagues. Who brought each client in stays recorded.</source>
        <translation>Клиенты и незавершённые дела перейдут к коллегам. Кто привёл каждого клиента, останется записано.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="97"/>
        <source>Person</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="97"/>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="99"/>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="102"/>
        <source>(choose a person)</source>
        <translation>(выберите сотрудника)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="113"/>
        <source>Please choose who is leaving.</source>
        <translation>Выберите, пожалуйста, кто уходит.</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="187"/>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="227"/>
        <source>Change my password</source>
        <translation>Сменить мой пароль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="228"/>
        <source>A new password for %1</source>
        <translation>Новый пароль: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="232"/>
        <source>A good password is long rather than strange: three or four words you can remember. At least 8 characters.</source>
        <translation>Хороший пароль — не замысловатый, а длинный: три-четыре слова, которые легко запомнить. Не короче 8 символов.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="234"/>
        <source>Current password</source>
        <translation>Текущий пароль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="234"/>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="235"/>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="236"/>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="235"/>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="236"/>
        <source>The new password again</source>
        <translation>Новый пароль ещё раз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="237"/>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="238"/>
        <source>Show the passwords</source>
        <translation>Показать пароли</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="250"/>
        <source>The two new passwords are not the same.</source>
        <translation>Новые пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>PeopleWords</name>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="16"/>
        <source>Staff</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="17"/>
        <source>Manager</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="18"/>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="25"/>
        <source>Only their own clients</source>
        <translation>Только своих клиентов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="26"/>
        <source>All clients of their department</source>
        <translation>Всех клиентов своего отдела</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="27"/>
        <source>All clients of the company</source>
        <translation>Всех клиентов компании</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="36"/>
        <source>You are not allowed to do this. Please ask an administrator.</source>
        <translation>У вас нет на это прав. Обратитесь к администратору.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="41"/>
        <source>Please type a sign-in name.</source>
        <translation>Введите, пожалуйста, имя для входа.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="42"/>
        <source>This sign-in name is already taken by %1. Please choose another.</source>
        <translation>Это имя для входа уже занято (%1). Выберите другое.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="45"/>
        <source>Please keep the sign-in name shorter.</source>
        <translation>Имя для входа слишком длинное — сократите его.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="46"/>
        <source>Please type the person&apos;s name.</source>
        <translation>Введите, пожалуйста, имя сотрудника.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="47"/>
        <source>The password needs at least %1 characters.</source>
        <translation>В пароле должно быть не меньше %1 символов.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="50"/>
        <source>The password cannot be only spaces.</source>
        <translation>Пароль не может состоять из одних пробелов.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="51"/>
        <source>The password must not be the same as the name.</source>
        <translation>Пароль не должен совпадать с именем.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="53"/>
        <source>Please give a password.</source>
        <translation>Задайте, пожалуйста, пароль.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="54"/>
        <source>Your current password is not right.</source>
        <translation>Текущий пароль введён неверно.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="55"/>
        <source>This is the only administrator. Make someone else an administrator first.</source>
        <translation>Это единственный администратор. Сначала назначьте администратором кого-то ещё.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="57"/>
        <location filename="../../crm_desktop/ui/people/words.py" line="82"/>
        <source>This is the only administrator; the company needs one.</source>
        <translation>Это единственный администратор, а без администратора компании не обойтись.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="59"/>
        <location filename="../../crm_desktop/ui/people/words.py" line="81"/>
        <source>You cannot deactivate yourself.</source>
        <translation>Нельзя отключить самого себя.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="60"/>
        <source>Please type the department&apos;s name.</source>
        <translation>Введите, пожалуйста, название отдела.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="61"/>
        <source>There is already a department with this name.</source>
        <translation>Отдел с таким названием уже есть.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="63"/>
        <source>People still work in this department. Move them first.</source>
        <translation>В этом отделе ещё есть сотрудники. Сначала переведите их.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="65"/>
        <source>This department no longer exists.</source>
        <translation>Этого отдела больше нет.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="66"/>
        <source>Nobody can hand over to themselves. Please choose a colleague.</source>
        <translation>Нельзя передать дела самому себе. Выберите коллегу.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="68"/>
        <source>%1 has been deactivated and cannot take over clients. Please choose an active colleague.</source>
        <translation>Сотрудник (%1) отключён и не может принять клиентов. Выберите действующего коллегу.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="72"/>
        <source>Please choose who takes over.</source>
        <translation>Выберите, пожалуйста, кто примет дела.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="73"/>
        <source>Please choose the colleagues who share the clients.</source>
        <translation>Выберите коллег, между которыми разделить клиентов.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="75"/>
        <source>Please tick at least one client.</source>
        <translation>Отметьте хотя бы одного клиента.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="76"/>
        <source>Please choose a colleague for at least one grade.</source>
        <translation>Выберите коллегу хотя бы для одной категории.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="78"/>
        <source>Some clients would stay with this person. Hand them all over before deactivating.</source>
        <translation>За сотрудником остались бы клиенты. Передайте всех, прежде чем отключать.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="84"/>
        <source>This person holds nothing to hand over.</source>
        <translation>За этим сотрудником ничего не числится — передавать нечего.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="85"/>
        <source>This handover has already been taken back.</source>
        <translation>Эта передача уже отменена.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="88"/>
        <source>There is nobody else in that department to hand over to. Choose colleagues by name instead.</source>
        <translation>В этом отделе больше некому передать дела. Выберите коллег по имени.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="138"/>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="139"/>
        <source>Add a person</source>
        <translation>Добавить сотрудника</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="138"/>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="139"/>
        <source>Change a person</source>
        <translation>Изменить данные сотрудника</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="141"/>
        <source>Staff see their own clients, managers their department&apos;s, administrators all.</source>
        <translation>Сотрудники видят своих клиентов, руководители — клиентов отдела, администраторы — всех.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="142"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="142"/>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="143"/>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="144"/>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="147"/>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="143"/>
        <source>Sign-in name</source>
        <translation>Имя для входа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="144"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="145"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="146"/>
        <source>First password (they can change it later)</source>
        <translation>Первый пароль (потом его можно сменить)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="150"/>
        <source>(no department)</source>
        <translation>(без отдела)</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="371"/>
        <source>Please check: this is what each colleague gets.</source>
        <translation>Проверьте: вот что получит каждый коллега.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="372"/>
        <source>Nothing has changed yet.</source>
        <translation>Пока ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="374"/>
        <source>Deactivate %1 at the end</source>
        <translation>В конце отключить сотрудника (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="375"/>
        <source>They can no longer sign in; everything they did stays in the history.</source>
        <translation>Войти он больше не сможет, но всё, что им сделано, останется в истории.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="388"/>
        <source>%1: %2 clients, %3 open deals, %4 follow-ups, %5 complaints</source>
        <translation>%1: клиентов — %2, открытых сделок — %3, напоминаний — %4, жалоб — %5</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="395"/>
        <source>Clients staying with %1: %2</source>
        <translation>Клиентов остаётся за сотрудником (%1): %2</translation>
    </message>
</context>
<context>
    <name>RecipientsStep</name>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="265"/>
        <source>To whom?</source>
        <translation>Кому передать?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="266"/>
        <source>Only active colleagues can be chosen.</source>
        <translation>Выбрать можно только действующих коллег.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="267"/>
        <source>The colleague who takes over</source>
        <translation>Коллега, который примет дела</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="267"/>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="274"/>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="269"/>
        <source>Grade %1 clients go to</source>
        <translation>Клиентов категории %1 получает</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="270"/>
        <source>Tick the colleagues who share the clients:</source>
        <translation>Отметьте коллег, между которыми разделить клиентов:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="271"/>
        <source>Colleagues who share the clients</source>
        <translation>Коллеги, между которыми делятся клиенты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="272"/>
        <source>Tick the clients to hand over:</source>
        <translation>Отметьте клиентов для передачи:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="273"/>
        <source>Clients to hand over</source>
        <translation>Клиенты для передачи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="274"/>
        <source>The ticked clients go to</source>
        <translation>Отмеченных клиентов получает</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="282"/>
        <source>(nobody)</source>
        <translation>(никто)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="283"/>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="299"/>
        <source>(choose a colleague)</source>
        <translation>(выберите коллегу)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="332"/>
        <source>Please choose the colleague who takes over.</source>
        <translation>Выберите, пожалуйста, коллегу, который примет дела.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="335"/>
        <source>Please choose a colleague for at least one grade.</source>
        <translation>Выберите коллегу хотя бы для одной категории.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="337"/>
        <source>Please tick at least one colleague.</source>
        <translation>Отметьте хотя бы одного коллегу.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="340"/>
        <source>Please tick at least one client.</source>
        <translation>Отметьте хотя бы одного клиента.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="342"/>
        <source>Please choose the colleague who gets the ticked clients.</source>
        <translation>Выберите коллегу, который получит отмеченных клиентов.</translation>
    </message>
</context>
<context>
    <name>SampleForm</name>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="154"/>
        <source>Example: a new client</source>
        <translation>Пример: новый клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="155"/>
        <source>Client name</source>
        <translation>Название клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="155"/>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="156"/>
        <source>East China Trading</source>
        <translation>Восточная торговая компания</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="157"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="159"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="160"/>
        <source>Save (example)</source>
        <translation>Сохранить (пример)</translation>
    </message>
</context>
<context>
    <name>ServerStep</name>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="245"/>
        <source>The office server did not accept that name and password. Please check them (capital letters count) and try again.</source>
        <translation>Сервер офиса не принял это имя и пароль. Проверьте их (большие и маленькие буквы различаются) и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="248"/>
        <source>Could not reach the office server. Please check the address, and that this computer is connected to the office network.</source>
        <translation>Не удалось связаться с сервером офиса. Проверьте адрес и подключён ли компьютер к сети офиса.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="251"/>
        <source>That server address is not understood. It looks like office-server/company; your administrator can tell you.</source>
        <translation>Не получается разобрать адрес сервера. Он выглядит примерно так: office-server/company — уточните у администратора.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="253"/>
        <source>That database is not set up as a CRM Desktop company server yet. Please ask your administrator.</source>
        <translation>Эта база данных ещё не настроена как сервер компании для CRM Desktop. Обратитесь к администратору.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="256"/>
        <source>The office server was set up by a newer CRM Desktop. Please update CRM Desktop on this computer first.</source>
        <translation>Сервер офиса настроен более новой версией CRM Desktop. Сначала обновите CRM Desktop на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="258"/>
        <source>The office server is older than this CRM Desktop. Please ask your administrator to upgrade it.</source>
        <translation>Сервер офиса старее, чем эта версия CRM Desktop. Попросите администратора его обновить.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="260"/>
        <source>This office server already holds a company. To join it, type the address without a name in front, and your own name and password.</source>
        <translation>На этом сервере уже есть компания. Чтобы подключиться к ней, введите адрес без имени впереди, а также своё имя и пароль.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="263"/>
        <source>There is no person with that name in the company on the office server.</source>
        <translation>В компании на сервере офиса нет сотрудника с таким именем.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="265"/>
        <source>The connection to the office server was lost. Please press Finish again.</source>
        <translation>Связь с сервером офиса прервалась. Нажмите «Готово» ещё раз.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="270"/>
        <source>The office server could not be used: %1</source>
        <translation>Не удалось работать с сервером офиса: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="333"/>
        <source>Is this computer shared with an office server?</source>
        <translation>Эта программа работает вместе с сервером офиса?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="334"/>
        <source>If you are not sure, choose the first answer. You can connect to a server later.</source>
        <translation>Если не уверены, выберите первый ответ. Подключиться к серверу можно и позже.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="336"/>
        <source>No, only this computer</source>
        <translation>Нет, только на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="338"/>
        <source>Yes, with the office server</source>
        <translation>Да, вместе с сервером офиса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="340"/>
        <source>Server address (your administrator gives it to you)</source>
        <translation>Адрес сервера (его даёт администратор)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="341"/>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="342"/>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="343"/>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="342"/>
        <source>Your name (you sign in with it)</source>
        <translation>Ваше имя (с ним вы входите в программу)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="343"/>
        <source>Your password for the server</source>
        <translation>Ваш пароль для сервера</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="344"/>
        <source>Test the connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="345"/>
        <source>Test the connection to the office server</source>
        <translation>Проверить подключение к серверу офиса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="347"/>
        <source>Setting up a new, empty server? Put the name of the account it was set up with in front of the address (postgres@office-server/company) and type that account&apos;s password. You then make your company in the next steps, and Finish puts it on the server.</source>
        <translation>Настраиваете новый, пустой сервер? Впишите перед адресом имя учётной записи, с которой его настраивали (postgres@office-server/company), и введите её пароль. На следующих шагах вы создадите свою компанию, а кнопка «Готово» перенесёт её на сервер.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="379"/>
        <source>Trying the office server…</source>
        <translation>Подключаемся к серверу офиса…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="410"/>
        <source>Connected. The server is empty: in the next steps you make your company, and Finish puts it on the server.</source>
        <translation>Подключение есть. Сервер пуст: на следующих шагах вы создадите свою компанию, а кнопка «Готово» перенесёт её на сервер.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="413"/>
        <source>Connected. This computer joins your company on the office server as %1 and receives what you may see.</source>
        <translation>Подключение есть. Этот компьютер подключится к вашей компании на сервере офиса как %1 и получит всё, что вам положено видеть.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="449"/>
        <source>Please type the office server&apos;s address.</source>
        <translation>Введите адрес сервера офиса.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="451"/>
        <source>Please type your name.</source>
        <translation>Введите своё имя.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="453"/>
        <source>Please type your password for the server.</source>
        <translation>Введите свой пароль для сервера.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="463"/>
        <source>Please wait: the office server is being tried.</source>
        <translation>Подождите: идёт подключение к серверу офиса.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="465"/>
        <source>Please press &quot;Test the connection&quot;.</source>
        <translation>Нажмите «Проверить подключение».</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="692"/>
        <source>Set up CRM Desktop</source>
        <extracomment>The office-server part of Finish is over (True: done; False: the error is shown).</extracomment>
        <translation>Настройка CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="755"/>
        <source>Sharing with the office server… The first time this can take a few minutes.</source>
        <translation>Идёт обмен данными с сервером офиса… В первый раз это может занять несколько минут.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="777"/>
        <source>Your company is set up on this computer, but it could not be put on the office server yet: %1 Press Finish to try again.</source>
        <translation>Компания создана на этом компьютере, но перенести её на сервер офиса пока не удалось: %1 Нажмите «Готово», чтобы попробовать ещё раз.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="799"/>
        <source>This computer is already set up. Please close this window and sign in.</source>
        <translation>Этот компьютер уже настроен. Закройте это окно и войдите в программу.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="802"/>
        <source>Please choose a longer password (Back to change it).</source>
        <translation>Придумайте пароль подлиннее (чтобы изменить, нажмите «Назад»).</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="116"/>
        <source>Practice first</source>
        <translation>Сначала потренироваться</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="117"/>
        <source>Practice first, with made-up clients</source>
        <translation>Потренироваться на вымышленных клиентах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="103"/>
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="112"/>
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="113"/>
        <source>Sign in</source>
        <extracomment>True when the person chose to practise first: start-up then opens practice mode.</extracomment>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="104"/>
        <source>Welcome. Please sign in.</source>
        <translation>Здравствуйте! Войдите, пожалуйста.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="107"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="107"/>
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="108"/>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="108"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="109"/>
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="110"/>
        <source>Show the password</source>
        <translation>Показать пароль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="111"/>
        <source>Caps Lock is on: letters come out as CAPITALS.</source>
        <translation>Включён Caps Lock: буквы печатаются ЗАГЛАВНЫМИ.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="114"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="115"/>
        <source>Close without signing in</source>
        <translation>Закрыть, не входя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="145"/>
        <source>Please type your name.</source>
        <translation>Введите своё имя.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="155"/>
        <source>This account has been switched off. Please ask your administrator.</source>
        <translation>Эта учётная запись отключена. Обратитесь к администратору.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="163"/>
        <source>The name or the password is not right. Please try again. (Is Caps Lock on? Is the language of the keyboard right?)</source>
        <translation>Имя или пароль неверны. Попробуйте ещё раз. (Не включён ли Caps Lock? Та ли раскладка клавиатуры?)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="173"/>
        <source>The name or the password is not right, several times now. Please wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Имя или пароль неверны уже несколько раз подряд. Подождите %n секунду и попробуйте снова.</numerusform>
            <numerusform>Имя или пароль неверны уже несколько раз подряд. Подождите %n секунды и попробуйте снова.</numerusform>
            <numerusform>Имя или пароль неверны уже несколько раз подряд. Подождите %n секунд и попробуйте снова.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="181"/>
        <source>You can try again now.</source>
        <translation>Теперь можно попробовать снова.</translation>
    </message>
</context>
<context>
    <name>SummaryStep</name>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="610"/>
        <source>Is this right?</source>
        <translation>Всё верно?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="611"/>
        <source>Press Finish to start. Press Back to change anything.</source>
        <translation>Нажмите «Готово», чтобы начать. Чтобы что-то изменить, нажмите «Назад».</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="624"/>
        <source>Language: %1</source>
        <translation>Язык: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="625"/>
        <source>Text size: %1 %</source>
        <translation>Размер текста: %1 %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="629"/>
        <source>Data: shared with the office server %1</source>
        <translation>Данные: общие с сервером офиса %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="630"/>
        <source>This computer joins your company as %1 and receives what you may see.</source>
        <translation>Этот компьютер подключается к вашей компании как %1 и получает всё, что вам положено видеть.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="635"/>
        <source>Data: on this computer, shared with the office server %1</source>
        <translation>Данные: на этом компьютере и на сервере офиса %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="637"/>
        <source>Data: on this computer only</source>
        <translation>Данные: только на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="639"/>
        <source>Company: %1</source>
        <translation>Компания: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="640"/>
        <source>Administrator: %1</source>
        <translation>Администратор: %1</translation>
    </message>
</context>
<context>
    <name>TextSizeStep</name>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="187"/>
        <source>Which text size is comfortable to read?</source>
        <translation>Какой размер текста вам удобно читать?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="188"/>
        <source>The example below shows a real form at this size. You can change it any time with Ctrl + and Ctrl -.</source>
        <translation>Ниже — настоящая форма в этом размере. Размер можно менять в любой момент клавишами Ctrl + и Ctrl -.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="191"/>
        <source>Text size %1 percent</source>
        <translation>Размер текста — %1 %</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../../crm_desktop/ui/wizards/base.py" line="252"/>
        <source>This could not be done, and nothing was changed. %1</source>
        <extracomment>Keys of the saved draft besides the answers themselves. Stable name of the step: objectNames, drafts and tests use it. The help page F1 opens on this step (the wizard&apos;s own when empty). Name of the draft kept on Cancel (one per wizard kind and person). Help page for steps that name none. Answer fields never written to a draft (passwords). F1 or the Help button: the help page id to open. After a successful finish: what the service returned.</extracomment>
        <translation>Не получилось, ничего не изменено. %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/base.py" line="377"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/base.py" line="377"/>
        <source>Go back one step</source>
        <translation>Вернуться на шаг назад</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/base.py" line="379"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/base.py" line="379"/>
        <source>Go on to the next step</source>
        <translation>Перейти к следующему шагу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/base.py" line="381"/>
        <source>Finish</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/base.py" line="381"/>
        <source>Finish and save</source>
        <translation>Завершить и сохранить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/base.py" line="383"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/base.py" line="383"/>
        <source>Stop for now; your answers are kept</source>
        <translation>Прервать; ваши ответы сохранятся</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/base.py" line="385"/>
        <source>Help (F1)</source>
        <translation>Справка (F1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/base.py" line="385"/>
        <source>Help for this step</source>
        <translation>Справка по этому шагу</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../crm_desktop/ui/people/screens.py" line="61"/>
        <source>The name or the password is not right. Please try again. (Is Caps Lock on? Is the language of the keyboard right?)</source>
        <translation>Имя или пароль неверны. Попробуйте ещё раз. (Не включён ли Caps Lock? Та ли раскладка клавиатуры?)</translation>
    </message>
</context>
</TS>
