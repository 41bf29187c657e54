<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
    <context>
        <name>AdministratorStep</name>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="309" />
            <source>Who are you? You will look after CRM Desktop.</source>
            <translation>Кто вы? Вы будете отвечать за CRM Desktop.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="310" />
            <source>You become the administrator: you add your colleagues and can hand clients over.</source>
            <translation>Вы станете администратором: будете добавлять коллег и сможете передавать клиентов.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="312" />
            <source>Your name (you sign in with it)</source>
            <translation>Ваше имя (под ним вы будете входить)</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="312" />
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="313" />
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="314" />
            <source>required</source>
            <translation>обязательно</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="313" />
            <source>Password</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="314" />
            <source>The same password again</source>
            <translation>Тот же пароль ещё раз</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="315" />
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="316" />
            <source>Show the password</source>
            <translation>Показать пароль</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="318" />
            <source>A good password is long rather than strange: three or four words you can remember, like "green tea at nine". At least %1 characters. Do not use your name.</source>
            <translation>Хороший пароль — не замысловатый, а длинный: три-четыре слова, которые легко запомнить, например «зелёный чай в девять». Не короче %1 символов. Не используйте своё имя.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="336" />
            <source>Please type your name.</source>
            <translation>Введите, пожалуйста, ваше имя.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="338" />
            <source>Please choose a password.</source>
            <translation>Придумайте, пожалуйста, пароль.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="341" />
            <source>The password needs at least %1 characters.</source>
            <translation>В пароле должно быть не меньше %1 символов.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="344" />
            <source>The password must not be your name.</source>
            <translation>Пароль не должен совпадать с вашим именем.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="346" />
            <source>The two passwords are not the same yet.</source>
            <translation>Пароли пока не совпадают.</translation>
        </message>
    </context>
    <context>
        <name>CompanyStep</name>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="261" />
            <source>What is your company called?</source>
            <translation>Как называется ваша компания?</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="262" />
            <source>It is shown at the top of reports and on the sign-in window.</source>
            <translation>Название будет видно в отчётах и в окне входа.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="264" />
            <source>Company name</source>
            <translation>Название компании</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="264" />
            <source>required</source>
            <translation>обязательно</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="273" />
            <source>Please type the company's name.</source>
            <translation>Введите, пожалуйста, название компании.</translation>
        </message>
    </context>
    <context>
        <name>LanguageStep</name>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="79" />
            <source>The program will speak this language. You can change it later under My settings.</source>
            <translation>Программа будет говорить на этом языке. Потом его можно сменить в разделе «Мои настройки».</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="81" />
            <source>Not ready yet? Try everything first with made-up clients. Nothing you do there is real.</source>
            <translation>Хотите сначала освоиться? Попробуйте всё на вымышленных клиентах — там ничего не происходит по-настоящему.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="83" />
            <source>Practice first</source>
            <translation>Сначала потренироваться</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="84" />
            <source>Practice first, with made-up clients</source>
            <translation>Потренироваться на вымышленных клиентах</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="106" />
            <source>Please choose a language.</source>
            <translation>Выберите, пожалуйста, язык.</translation>
        </message>
    </context>
    <context>
        <name>SampleForm</name>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="139" />
            <source>Example: a new client</source>
            <translation>Пример: новый клиент</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="140" />
            <source>Client name</source>
            <translation>Название клиента</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="140" />
            <source>required</source>
            <translation>обязательно</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="141" />
            <source>East China Trading</source>
            <translation>Восточная торговая компания</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="142" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="144" />
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="145" />
            <source>Save (example)</source>
            <translation>Сохранить (пример)</translation>
        </message>
    </context>
    <context>
        <name>ServerStep</name>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="221" />
            <source>Is this computer shared with an office server?</source>
            <translation>Эта программа работает вместе с сервером офиса?</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="222" />
            <source>If you are not sure, choose the first answer. You can connect to a server later.</source>
            <translation>Если не уверены, выберите первый ответ. Подключиться к серверу можно и позже.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="224" />
            <source>No, only this computer</source>
            <translation>Нет, только на этом компьютере</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="226" />
            <source>Yes, we have an office server</source>
            <translation>Да, у нас есть сервер в офисе</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="229" />
            <source>Connecting to an office server comes with a later update of CRM Desktop. For now, set up this computer on its own; your data can be shared later.</source>
            <translation>Подключение к серверу офиса появится в одном из следующих обновлений CRM Desktop. Пока настройте этот компьютер отдельно — данными можно будет поделиться позже.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="240" />
            <source>An office server cannot be connected yet. Please choose "No, only this computer" for now.</source>
            <translation>Подключить сервер офиса пока нельзя. Выберите, пожалуйста, «Нет, только на этом компьютере».</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="418" />
            <source>Set up CRM Desktop</source>
            <translation>Настройка CRM Desktop</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="437" />
            <source>This computer is already set up. Please close this window and sign in.</source>
            <translation>Этот компьютер уже настроен. Закройте это окно и войдите в программу.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="440" />
            <source>Please choose a longer password (Back to change it).</source>
            <translation>Придумайте пароль подлиннее (чтобы изменить, нажмите «Назад»).</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Practice first</source>
            <translation>Сначала потренироваться</translation>
        </message>
        <message>
            <source>Practice first, with made-up clients</source>
            <translation>Потренироваться на вымышленных клиентах</translation>
        </message>
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
            <translation>Введите, пожалуйста, ваше имя.</translation>
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
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="367" />
            <source>Is this right?</source>
            <translation>Всё верно?</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="368" />
            <source>Press Finish to start. Press Back to change anything.</source>
            <translation>Нажмите «Готово», чтобы начать. Чтобы что-то изменить, нажмите «Назад».</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="381" />
            <source>Language: %1</source>
            <translation>Язык: %1</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="382" />
            <source>Text size: %1 %</source>
            <translation>Размер текста: %1 %</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="383" />
            <source>Data: on this computer only</source>
            <translation>Данные: только на этом компьютере</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="384" />
            <source>Company: %1</source>
            <translation>Компания: %1</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="385" />
            <source>Administrator: %1</source>
            <translation>Администратор: %1</translation>
        </message>
    </context>
    <context>
        <name>TextSizeStep</name>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="172" />
            <source>Which text size is comfortable to read?</source>
            <translation>Какой размер текста вам удобно читать?</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="173" />
            <source>The example below shows a real form at this size. You can change it any time with Ctrl + and Ctrl -.</source>
            <translation>Ниже — настоящая форма в этом размере. Размер можно менять в любой момент клавишами Ctrl + и Ctrl -.</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="176" />
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
