<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
    <context>
        <name>AdministratorStep</name>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="542" />
            <source>Who are you? You will look after CRM Desktop.</source>
            <translation>Кто вы? Вы будете отвечать за CRM Desktop.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="543" />
            <source>You become the administrator: you add your colleagues and can hand clients over.</source>
            <translation>Вы станете администратором: будете добавлять коллег и сможете передавать клиентов.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="545" />
            <source>Your name (you sign in with it)</source>
            <translation>Ваше имя (с ним вы входите в программу)</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="545" />
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="546" />
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="547" />
            <source>required</source>
            <translation>обязательно</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="546" />
            <source>Password</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="547" />
            <source>The same password again</source>
            <translation>Тот же пароль ещё раз</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="548" />
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="549" />
            <source>Show the password</source>
            <translation>Показать пароль</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="551" />
            <source>A good password is long rather than strange: three or four words you can remember, like "green tea at nine". At least %1 characters. Do not use your name.</source>
            <translation>Хороший пароль — не замысловатый, а длинный: три-четыре слова, которые легко запомнить, например «зелёный чай в девять». Не короче %1 символов. Не используйте своё имя.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="571" />
            <source>Please type your name.</source>
            <translation>Введите своё имя.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="573" />
            <source>Please choose a password.</source>
            <translation>Придумайте, пожалуйста, пароль.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="576" />
            <source>The password needs at least %1 characters.</source>
            <translation>В пароле должно быть не меньше %1 символов.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="579" />
            <source>The password must not be your name.</source>
            <translation>Пароль не должен совпадать с вашим именем.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="581" />
            <source>The two passwords are not the same yet.</source>
            <translation>Пароли пока не совпадают.</translation>
        </message>
    </context>
    <context>
        <name>CompanyStep</name>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="494" />
            <source>What is your company called?</source>
            <translation>Как называется ваша компания?</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="495" />
            <source>It is shown at the top of reports and on the sign-in window.</source>
            <translation>Название будет видно в отчётах и в окне входа.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="497" />
            <source>Company name</source>
            <translation>Название компании</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="497" />
            <source>required</source>
            <translation>обязательно</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="506" />
            <source>Please type the company's name.</source>
            <translation>Введите, пожалуйста, название компании.</translation>
        </message>
    </context>
    <context>
        <name>LanguageStep</name>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="94" />
            <source>The program will speak this language. You can change it later under My settings.</source>
            <extracomment>What the connection test found: "join" (a company is there) or "empty".</extracomment>
            <translation>Программа будет говорить на этом языке. Потом его можно сменить в разделе «Мои настройки».</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="96" />
            <source>Not ready yet? Try everything first with made-up clients. Nothing you do there is real.</source>
            <translation>Хотите сначала освоиться? Попробуйте всё на вымышленных клиентах — там ничего не происходит по-настоящему.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="98" />
            <source>Practice first</source>
            <translation>Сначала потренироваться</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="99" />
            <source>Practice first, with made-up clients</source>
            <translation>Потренироваться на вымышленных клиентах</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="121" />
            <source>Please choose a language.</source>
            <translation>Выберите, пожалуйста, язык.</translation>
        </message>
    </context>
    <context>
        <name>SampleForm</name>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="154" />
            <source>Example: a new client</source>
            <translation>Пример: новый клиент</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="155" />
            <source>Client name</source>
            <translation>Название клиента</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="155" />
            <source>required</source>
            <translation>обязательно</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="156" />
            <source>East China Trading</source>
            <translation>Восточная торговая компания</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="157" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="159" />
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="160" />
            <source>Save (example)</source>
            <translation>Сохранить (пример)</translation>
        </message>
    </context>
    <context>
        <name>ServerStep</name>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="244" />
            <source>The office server did not accept that name and password. Please check them (capital letters count) and try again.</source>
            <translation>Сервер офиса не принял это имя и пароль. Проверьте их (большие и маленькие буквы различаются) и попробуйте ещё раз.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="247" />
            <source>Could not reach the office server. Please check the address, and that this computer is connected to the office network.</source>
            <translation>Не удалось связаться с сервером офиса. Проверьте адрес и подключён ли компьютер к сети офиса.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="250" />
            <source>That server address is not understood. It looks like office-server/company; your administrator can tell you.</source>
            <translation>Не получается разобрать адрес сервера. Он выглядит примерно так: office-server/company — уточните у администратора.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="252" />
            <source>That database is not set up as a CRM Desktop company server yet. Please ask your administrator.</source>
            <translation>Эта база данных ещё не настроена как сервер компании для CRM Desktop. Обратитесь к администратору.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="255" />
            <source>The office server was set up by a newer CRM Desktop. Please update CRM Desktop on this computer first.</source>
            <translation>Сервер офиса настроен более новой версией CRM Desktop. Сначала обновите CRM Desktop на этом компьютере.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="257" />
            <source>The office server is older than this CRM Desktop. Please ask your administrator to upgrade it.</source>
            <translation>Сервер офиса старее, чем эта версия CRM Desktop. Попросите администратора его обновить.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="259" />
            <source>This office server already holds a company. To join it, type the address without a name in front, and your own name and password.</source>
            <translation>На этом сервере уже есть компания. Чтобы подключиться к ней, введите адрес без имени впереди, а также своё имя и пароль.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="262" />
            <source>There is no person with that name in the company on the office server.</source>
            <translation>В компании на сервере офиса нет сотрудника с таким именем.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="264" />
            <source>The connection to the office server was lost. Please press Finish again.</source>
            <translation>Связь с сервером офиса прервалась. Нажмите «Готово» ещё раз.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="269" />
            <source>The office server could not be used: %1</source>
            <translation>Не удалось работать с сервером офиса: %1</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="332" />
            <source>Is this computer shared with an office server?</source>
            <translation>Эта программа работает вместе с сервером офиса?</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="333" />
            <source>If you are not sure, choose the first answer. You can connect to a server later.</source>
            <translation>Если не уверены, выберите первый ответ. Подключиться к серверу можно и позже.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="335" />
            <source>No, only this computer</source>
            <translation>Нет, только на этом компьютере</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="337" />
            <source>Yes, with the office server</source>
            <translation>Да, вместе с сервером офиса</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="339" />
            <source>Server address (your administrator gives it to you)</source>
            <translation>Адрес сервера (его даёт администратор)</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="340" />
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="341" />
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="342" />
            <source>required</source>
            <translation>обязательно</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="341" />
            <source>Your name (you sign in with it)</source>
            <translation>Ваше имя (с ним вы входите в программу)</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="342" />
            <source>Your password for the server</source>
            <translation>Ваш пароль для сервера</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="343" />
            <source>Test the connection</source>
            <translation>Проверить подключение</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="344" />
            <source>Test the connection to the office server</source>
            <translation>Проверить подключение к серверу офиса</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="346" />
            <source>Setting up a new, empty server? Put the name of the account it was set up with in front of the address (postgres@office-server/company) and type that account's password. You then make your company in the next steps, and Finish puts it on the server.</source>
            <translation>Настраиваете новый, пустой сервер? Впишите перед адресом имя учётной записи, с которой его настраивали (postgres@office-server/company), и введите её пароль. На следующих шагах вы создадите свою компанию, а кнопка «Готово» перенесёт её на сервер.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="378" />
            <source>Trying the office server…</source>
            <translation>Подключаемся к серверу офиса…</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="405" />
            <source>Connected. The server is empty: in the next steps you make your company, and Finish puts it on the server.</source>
            <translation>Подключение есть. Сервер пуст: на следующих шагах вы создадите свою компанию, а кнопка «Готово» перенесёт её на сервер.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="408" />
            <source>Connected. This computer joins your company on the office server as %1 and receives what you may see.</source>
            <translation>Подключение есть. Этот компьютер подключится к вашей компании на сервере офиса как %1 и получит всё, что вам положено видеть.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="444" />
            <source>Please type the office server's address.</source>
            <translation>Введите адрес сервера офиса.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="446" />
            <source>Please type your name.</source>
            <translation>Введите своё имя.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="448" />
            <source>Please type your password for the server.</source>
            <translation>Введите свой пароль для сервера.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="458" />
            <source>Please wait: the office server is being tried.</source>
            <translation>Подождите: идёт подключение к серверу офиса.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="460" />
            <source>Please press "Test the connection".</source>
            <translation>Нажмите «Проверить подключение».</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="687" />
            <source>Set up CRM Desktop</source>
            <extracomment>The office-server part of Finish is over (True: done; False: the error is shown).</extracomment>
            <translation>Настройка CRM Desktop</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="750" />
            <source>Sharing with the office server… The first time this can take a few minutes.</source>
            <translation>Идёт обмен данными с сервером офиса… В первый раз это может занять несколько минут.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="772" />
            <source>Your company is set up on this computer, but it could not be put on the office server yet: %1 Press Finish to try again.</source>
            <translation>Компания создана на этом компьютере, но перенести её на сервер офиса пока не удалось: %1 Нажмите «Готово», чтобы попробовать ещё раз.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="794" />
            <source>This computer is already set up. Please close this window and sign in.</source>
            <translation>Этот компьютер уже настроен. Закройте это окно и войдите в программу.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="797" />
            <source>Please choose a longer password (Back to change it).</source>
            <translation>Придумайте пароль подлиннее (чтобы изменить, нажмите «Назад»).</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <location filename="../../crm_desktop/ui/people/sign_in.py" line="94" />
            <location filename="../../crm_desktop/ui/people/sign_in.py" line="103" />
            <location filename="../../crm_desktop/ui/people/sign_in.py" line="104" />
            <source>Sign in</source>
            <translation>Войти</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/people/sign_in.py" line="95" />
            <source>Welcome. Please sign in.</source>
            <translation>Здравствуйте! Войдите, пожалуйста.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/people/sign_in.py" line="98" />
            <source>Your name</source>
            <translation>Ваше имя</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/people/sign_in.py" line="98" />
            <location filename="../../crm_desktop/ui/people/sign_in.py" line="99" />
            <source>required</source>
            <translation>обязательно</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/people/sign_in.py" line="99" />
            <source>Password</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/people/sign_in.py" line="100" />
            <location filename="../../crm_desktop/ui/people/sign_in.py" line="101" />
            <source>Show the password</source>
            <translation>Показать пароль</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/people/sign_in.py" line="102" />
            <source>Caps Lock is on: letters come out as CAPITALS.</source>
            <translation>Включён Caps Lock: буквы печатаются ЗАГЛАВНЫМИ.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/people/sign_in.py" line="105" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/people/sign_in.py" line="106" />
            <source>Close without signing in</source>
            <translation>Закрыть, не входя</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/people/sign_in.py" line="128" />
            <source>Please type your name.</source>
            <translation>Введите своё имя.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/people/sign_in.py" line="138" />
            <source>This account has been switched off. Please ask your administrator.</source>
            <translation>Эта учётная запись отключена. Обратитесь к администратору.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/people/sign_in.py" line="146" />
            <source>The name or the password is not right. Please try again. (Is Caps Lock on? Is the language of the keyboard right?)</source>
            <translation>Имя или пароль неверны. Попробуйте ещё раз. (Не включён ли Caps Lock? Та ли раскладка клавиатуры?)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../crm_desktop/ui/people/sign_in.py" line="156" />
            <source>The name or the password is not right, several times now. Please wait %n second(s), then try again.</source>
            <translation>
                <numerusform>Имя или пароль неверны уже несколько раз подряд. Подождите %n секунду и попробуйте снова.</numerusform>
                <numerusform>Имя или пароль неверны уже несколько раз подряд. Подождите %n секунды и попробуйте снова.</numerusform>
                <numerusform>Имя или пароль неверны уже несколько раз подряд. Подождите %n секунд и попробуйте снова.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/people/sign_in.py" line="164" />
            <source>You can try again now.</source>
            <translation>Теперь можно попробовать снова.</translation>
        </message>
    </context>
    <context>
        <name>SummaryStep</name>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="605" />
            <source>Is this right?</source>
            <translation>Всё верно?</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="606" />
            <source>Press Finish to start. Press Back to change anything.</source>
            <translation>Нажмите «Готово», чтобы начать. Чтобы что-то изменить, нажмите «Назад».</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="619" />
            <source>Language: %1</source>
            <translation>Язык: %1</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="620" />
            <source>Text size: %1 %</source>
            <translation>Размер текста: %1 %</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="624" />
            <source>Data: shared with the office server %1</source>
            <translation>Данные: общие с сервером офиса %1</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="625" />
            <source>This computer joins your company as %1 and receives what you may see.</source>
            <translation>Этот компьютер подключается к вашей компании как %1 и получает всё, что вам положено видеть.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="630" />
            <source>Data: on this computer, shared with the office server %1</source>
            <translation>Данные: на этом компьютере и на сервере офиса %1</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="632" />
            <source>Data: on this computer only</source>
            <translation>Данные: только на этом компьютере</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="634" />
            <source>Company: %1</source>
            <translation>Компания: %1</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="635" />
            <source>Administrator: %1</source>
            <translation>Администратор: %1</translation>
        </message>
    </context>
    <context>
        <name>TextSizeStep</name>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="187" />
            <source>Which text size is comfortable to read?</source>
            <translation>Какой размер текста вам удобно читать?</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="188" />
            <source>The example below shows a real form at this size. You can change it any time with Ctrl + and Ctrl -.</source>
            <translation>Ниже — настоящая форма в этом размере. Размер можно менять в любой момент клавишами Ctrl + и Ctrl -.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="191" />
            <source>Text size %1 percent</source>
            <translation>Размер текста — %1 %</translation>
        </message>
    </context>
    <context>
        <name>Wizard</name>
        <message>
            <location filename="../../crm_desktop/ui/wizards/base.py" line="218" />
            <source>This could not be done, and nothing was changed. %1</source>
            <extracomment>Keys of the saved draft besides the answers themselves. Stable name of the step: objectNames, drafts and tests use it. The help page F1 opens on this step (the wizard's own when empty). Name of the draft kept on Cancel (one per wizard kind and person). Help page for steps that name none. Answer fields never written to a draft (passwords). F1 or the Help button: the help page id to open. After a successful finish: what the service returned.</extracomment>
            <translation>Не получилось, ничего не изменено. %1</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/base.py" line="336" />
            <source>Back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/base.py" line="336" />
            <source>Go back one step</source>
            <translation>Вернуться на шаг назад</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/base.py" line="338" />
            <source>Next</source>
            <translation>Далее</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/base.py" line="338" />
            <source>Go on to the next step</source>
            <translation>Перейти к следующему шагу</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/base.py" line="340" />
            <source>Finish</source>
            <translation>Готово</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/base.py" line="340" />
            <source>Finish and save</source>
            <translation>Завершить и сохранить</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/base.py" line="342" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/base.py" line="342" />
            <source>Stop for now; your answers are kept</source>
            <translation>Прервать; ваши ответы сохранятся</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/base.py" line="344" />
            <source>Help (F1)</source>
            <translation>Справка (F1)</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/base.py" line="344" />
            <source>Help for this step</source>
            <translation>Справка по этому шагу</translation>
        </message>
    </context>
</TS>
