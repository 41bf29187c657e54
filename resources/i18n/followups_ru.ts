<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ClientStep</name>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="105"/>
        <source>Which client?</source>
        <extracomment>&quot;&quot; not answered yet, &quot;no&quot;, or &quot;yes&quot; one of WHEN_CHOICES, or &quot;&quot; not chosen &quot;HH:MM&quot;, or &quot;&quot; for any time that day a follow-up this contact answers (it is marked done)</extracomment>
        <translation>Какой клиент?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="107"/>
        <source>Type part of the name, the pinyin (for example “huadong” or “hd”) or a phone number, then pick the client from the list.</source>
        <translation>Введите часть названия, пиньинь (например, «huadong» или «hd») или номер телефона и выберите клиента в списке.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="109"/>
        <source>Name, pinyin or phone</source>
        <translation>Название, пиньинь или телефон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="110"/>
        <source>Search for a client</source>
        <translation>Поиск клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="111"/>
        <source>Clients found</source>
        <translation>Найденные клиенты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="131"/>
        <source>No client matches “%1”. Check the spelling or try the phone number.</source>
        <translation>По запросу «%1» клиентов не найдено. Проверьте написание или попробуйте номер телефона.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="142"/>
        <source>Chosen: %1</source>
        <translation>Выбран: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="159"/>
        <source>Please choose a client from the list.</source>
        <translation>Выберите клиента в списке.</translation>
    </message>
</context>
<context>
    <name>FollowUpRow</name>
    <message>
        <location filename="../../crm_desktop/ui/followups/rows.py" line="80"/>
        <source>Done</source>
        <translation>Сделано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/rows.py" line="81"/>
        <source>Mark “%1” as done</source>
        <translation>Отметить «%1» как сделанное</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/rows.py" line="82"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/rows.py" line="84"/>
        <source>Remind me of “%1” later</source>
        <translation>Напомнить о «%1» позже</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/rows.py" line="85"/>
        <source>Later today</source>
        <translation>Сегодня попозже</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/rows.py" line="86"/>
        <source>Tomorrow</source>
        <translation>Завтра</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/rows.py" line="87"/>
        <source>Next week</source>
        <translation>На следующей неделе</translation>
    </message>
</context>
<context>
    <name>FollowupPlurals</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/followups/words.py" line="100"/>
        <source>No contact with %1 for %n day(s)</source>
        <translation>
            <numerusform>С %1 не было связи %n день</numerusform>
            <numerusform>С %1 не было связи %n дня</numerusform>
            <numerusform>С %1 не было связи %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/followups/words.py" line="103"/>
        <source>No contact with %1 yet; added %n day(s) ago</source>
        <translation>
            <numerusform>С %1 ещё не связывались; добавлен %n день назад</numerusform>
            <numerusform>С %1 ещё не связывались; добавлен %n дня назад</numerusform>
            <numerusform>С %1 ещё не связывались; добавлен %n дней назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/followups/words.py" line="106"/>
        <source>Grade %1 clients: about every %n day(s)</source>
        <translation>
            <numerusform>Клиенты категории %1: примерно раз в %n день</numerusform>
            <numerusform>Клиенты категории %1: примерно раз в %n дня</numerusform>
            <numerusform>Клиенты категории %1: примерно раз в %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/followups/words.py" line="109"/>
        <source>%n follow-up(s) for today</source>
        <translation>
            <numerusform>%n дело на сегодня</numerusform>
            <numerusform>%n дела на сегодня</numerusform>
            <numerusform>%n дел на сегодня</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/followups/words.py" line="112"/>
        <source>%n still open from before</source>
        <translation>
            <numerusform>%n дело осталось с прошлых дней</numerusform>
            <numerusform>%n дела осталось с прошлых дней</numerusform>
            <numerusform>%n дел осталось с прошлых дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Followups</name>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="19"/>
        <source>Phone call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="20"/>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="21"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="22"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="23"/>
        <source>Service visit</source>
        <translation>Сервисный выезд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="24"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="25"/>
        <source>Follow-up</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="26"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="33"/>
        <source>Waiting since Monday</source>
        <translation>Ждёт с понедельника</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="34"/>
        <source>Waiting since Tuesday</source>
        <translation>Ждёт со вторника</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="35"/>
        <source>Waiting since Wednesday</source>
        <translation>Ждёт со среды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="36"/>
        <source>Waiting since Thursday</source>
        <translation>Ждёт с четверга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="37"/>
        <source>Waiting since Friday</source>
        <translation>Ждёт с пятницы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="38"/>
        <source>Waiting since Saturday</source>
        <translation>Ждёт с субботы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="39"/>
        <source>Waiting since Sunday</source>
        <translation>Ждёт с воскресенья</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="45"/>
        <source>On Monday</source>
        <translation>В понедельник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="46"/>
        <source>On Tuesday</source>
        <translation>Во вторник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="47"/>
        <source>On Wednesday</source>
        <translation>В среду</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="48"/>
        <source>On Thursday</source>
        <translation>В четверг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="49"/>
        <source>On Friday</source>
        <translation>В пятницу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="50"/>
        <source>On Saturday</source>
        <translation>В субботу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="51"/>
        <source>On Sunday</source>
        <translation>В воскресенье</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="57"/>
        <source>d MMMM</source>
        <comment>Qt date format for a day and month without the year</comment>
        <translation>d MMMM</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="65"/>
        <source>HH:mm</source>
        <comment>Qt time format: hours and minutes</comment>
        <translation>HH:mm</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="72"/>
        <source>%1 at %2</source>
        <translation>%1 в %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="81"/>
        <source>Waiting since yesterday</source>
        <translation>Ждёт со вчерашнего дня</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="84"/>
        <source>Waiting since %1</source>
        <translation>Ждёт с %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="87"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="89"/>
        <source>Tomorrow</source>
        <translation>Завтра</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="138"/>
        <source>Nothing is due today.</source>
        <translation>На сегодня ничего не запланировано.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="147"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="145"/>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="154"/>
        <source>Please write a few words about what happened.</source>
        <translation>Напишите в двух словах, что было.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="156"/>
        <source>Please say what there is to do.</source>
        <translation>Напишите, что нужно сделать.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="158"/>
        <source>That time has already passed. Choose another day or time.</source>
        <translation>Это время уже прошло. Выберите другой день или время.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="160"/>
        <source>That is still in the future. Please check the date.</source>
        <translation>Это время ещё не наступило. Проверьте дату.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="166"/>
        <source>Something in the answers is not right, and nothing was saved. Please check them and try again.</source>
        <translation>В ответах что-то не так, ничего не сохранено. Проверьте их и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="170"/>
        <source>This client or follow-up is not there any more, or it is not yours to open. Nothing was saved.</source>
        <translation>Этого клиента или дела больше нет, или оно вам недоступно. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="174"/>
        <source>This belongs to someone else, so it cannot be changed here.</source>
        <translation>Это принадлежит коллеге, поэтому здесь это изменить нельзя.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="176"/>
        <source>This could not be saved. Nothing was changed. Please try again.</source>
        <translation>Сохранить не удалось, ничего не изменилось. Попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>FollowupsIntegration</name>
    <message>
        <location filename="../../crm_desktop/ui/followups/integration.py" line="68"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/integration.py" line="78"/>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/integration.py" line="87"/>
        <source>Mark a follow-up as done</source>
        <translation>Отметить дело как сделанное</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/integration.py" line="95"/>
        <source>Move a follow-up to later today</source>
        <translation>Отложить дело на несколько часов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/integration.py" line="101"/>
        <source>&amp;Log a visit or call…</source>
        <translation>&amp;Записать визит или звонок…</translation>
    </message>
</context>
<context>
    <name>KeepInTouchRow</name>
    <message>
        <location filename="../../crm_desktop/ui/followups/rows.py" line="115"/>
        <source>Log a contact</source>
        <translation>Записать контакт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/rows.py" line="117"/>
        <source>Log a contact with %1</source>
        <translation>Записать контакт с %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/rows.py" line="118"/>
        <source>Remind me tomorrow</source>
        <translation>Напомнить завтра</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/rows.py" line="120"/>
        <source>Remind me tomorrow to contact %1</source>
        <translation>Напомнить завтра связаться с %1</translation>
    </message>
</context>
<context>
    <name>KindStep</name>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="193"/>
        <source>What kind of contact was it?</source>
        <translation>Как вы общались?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="194"/>
        <source>Press one of the big buttons.</source>
        <translation>Нажмите одну из больших кнопок.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="225"/>
        <source>Please choose what kind of contact it was.</source>
        <translation>Выберите, как вы общались.</translation>
    </message>
</context>
<context>
    <name>LogVisitWizard</name>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="495"/>
        <source>Log a visit or call</source>
        <translation>Записать визит или звонок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="496"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="497"/>
        <source>Save it</source>
        <translation>Сохранить запись</translation>
    </message>
</context>
<context>
    <name>NextStepStep</name>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="340"/>
        <source>Anything to do next?</source>
        <translation>Что-то нужно сделать дальше?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="341"/>
        <source>If so, the program will remind you on the day.</source>
        <translation>Если да, программа напомнит вам в нужный день.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="342"/>
        <source>No, nothing for now</source>
        <translation>Нет, пока ничего</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="343"/>
        <source>Yes:</source>
        <translation>Да:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="344"/>
        <source>What is there to do?</source>
        <translation>Что нужно сделать?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="345"/>
        <source>What is there to do</source>
        <translation>Что нужно сделать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="346"/>
        <source>When?</source>
        <translation>Когда?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="347"/>
        <source>Tomorrow</source>
        <translation>Завтра</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="347"/>
        <source>In three days</source>
        <translation>Через три дня</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="348"/>
        <source>Next week</source>
        <translation>На следующей неделе</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="348"/>
        <source>On a date:</source>
        <translation>В определённый день:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="353"/>
        <source>Yes, there is something to do</source>
        <translation>Да, есть что сделать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="354"/>
        <source>The date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="355"/>
        <source>At a set time:</source>
        <translation>В определённое время:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="356"/>
        <source>At a set time</source>
        <translation>В определённое время</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="357"/>
        <source>The time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="358"/>
        <source>Yes, I meant that time</source>
        <translation>Да, именно это время</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="413"/>
        <source>Please choose No or Yes.</source>
        <translation>Выберите «Нет» или «Да».</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="417"/>
        <source>Please say what there is to do.</source>
        <translation>Напишите, что нужно сделать.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="419"/>
        <source>Please choose when.</source>
        <translation>Выберите, когда.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="431"/>
        <source>That time has already passed. Did you mean it? Tick “Yes, I meant that time”, or choose another day or time.</source>
        <translation>Это время уже прошло. Вы это имели в виду? Отметьте «Да, именно это время» или выберите другой день или время.</translation>
    </message>
</context>
<context>
    <name>QuickAddWidget</name>
    <message>
        <location filename="../../crm_desktop/ui/followups/quick_add.py" line="56"/>
        <source>What happened? One line is enough</source>
        <translation>Что было? Хватит одной строки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/quick_add.py" line="57"/>
        <source>What happened</source>
        <translation>Что было</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/quick_add.py" line="60"/>
        <source>Save as: %1</source>
        <translation>Сохранить как: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/quick_add.py" line="68"/>
        <source>Type what happened, then press the kind of contact.</source>
        <translation>Напишите, что было, и нажмите кнопку с видом контакта.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/quick_add.py" line="81"/>
        <source>Saved: %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../crm_desktop/ui/followups/reminders.py" line="136"/>
        <source>Reminder for %1: %2</source>
        <translation>Напоминание на %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/followups/reminders.py" line="142"/>
        <source>%n more reminder(s) after this one.</source>
        <translation>
            <numerusform>После этого ещё %n напоминание.</numerusform>
            <numerusform>После этого ещё %n напоминания.</numerusform>
            <numerusform>После этого ещё %n напоминаний.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/reminders.py" line="167"/>
        <source>Done</source>
        <translation>Сделано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/reminders.py" line="168"/>
        <source>Mark this follow-up as done</source>
        <translation>Отметить это дело как сделанное</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/reminders.py" line="169"/>
        <source>Later today</source>
        <translation>Сегодня попозже</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/reminders.py" line="170"/>
        <source>Remind me again later today</source>
        <translation>Напомнить ещё раз сегодня попозже</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/reminders.py" line="171"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/reminders.py" line="172"/>
        <source>Close this reminder</source>
        <translation>Закрыть напоминание</translation>
    </message>
</context>
<context>
    <name>SummaryStep</name>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="454"/>
        <source>Is this right?</source>
        <translation>Всё верно?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="455"/>
        <source>Press Save to keep it, or Back to change something.</source>
        <translation>Нажмите «Сохранить», чтобы записать, или «Назад», чтобы что-то изменить.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="456"/>
        <source>Summary</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="464"/>
        <source>Client: %1</source>
        <translation>Клиент: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="465"/>
        <source>Kind: %1</source>
        <translation>Вид: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="466"/>
        <source>What happened: %1</source>
        <translation>Что было: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="469"/>
        <source>Next: %1 — %2</source>
        <translation>Дальше: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="472"/>
        <source>Next: nothing for now</source>
        <translation>Дальше: пока ничего</translation>
    </message>
</context>
<context>
    <name>TeamOverdueCard</name>
    <message>
        <location filename="../../crm_desktop/ui/followups/rows.py" line="148"/>
        <source>Your team</source>
        <translation>Ваша команда</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/rows.py" line="149"/>
        <source>Numbers only: each person sees their own list.</source>
        <translation>Здесь только числа: каждый видит свой список сам.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/rows.py" line="155"/>
        <source>People in the team: %1</source>
        <translation>Человек в команде: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/followups/rows.py" line="156"/>
        <source>%n follow-up(s) open from before</source>
        <translation>
            <numerusform>%n дело осталось с прошлых дней</numerusform>
            <numerusform>%n дела осталось с прошлых дней</numerusform>
            <numerusform>%n дел осталось с прошлых дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/followups/rows.py" line="157"/>
        <source>%n of them for more than a week</source>
        <translation>
            <numerusform>из них %n — дольше недели</numerusform>
            <numerusform>из них %n — дольше недели</numerusform>
            <numerusform>из них %n — дольше недели</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/followups/rows.py" line="158"/>
        <source>%n follow-up(s) for today</source>
        <translation>
            <numerusform>%n дело на сегодня</numerusform>
            <numerusform>%n дела на сегодня</numerusform>
            <numerusform>%n дел на сегодня</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextStep</name>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="248"/>
        <source>What happened?</source>
        <translation>Что было?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="250"/>
        <source>A few words are enough: what you talked about, what the client wants. Ctrl+Enter moves on.</source>
        <translation>Хватит нескольких слов: о чём говорили, чего хочет клиент. Ctrl+Enter — дальше.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="252"/>
        <source>What happened</source>
        <translation>Что было</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="276"/>
        <source>Please write a few words about what happened.</source>
        <translation>Напишите в двух словах, что было.</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../crm_desktop/ui/followups/timeline_widget.py" line="86"/>
        <source>&amp;Show:</source>
        <extracomment>The filter&apos;s choices: (key, kinds shown); &quot;&quot; shows everything.</extracomment>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/timeline_widget.py" line="87"/>
        <source>Show which entries</source>
        <translation>Какие записи показать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/timeline_widget.py" line="88"/>
        <source>Everything</source>
        <translation>Всё</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/timeline_widget.py" line="88"/>
        <source>Follow-ups</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/timeline_widget.py" line="89"/>
        <source>Changes to the client</source>
        <translation>Изменения в карточке клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/timeline_widget.py" line="92"/>
        <source>What happened with this client, newest first</source>
        <translation>Что было с этим клиентом, сначала новое</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/timeline_widget.py" line="93"/>
        <source>Nothing written down yet.</source>
        <translation>Пока ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/timeline_widget.py" line="114"/>
        <source>Follow-up done</source>
        <translation>Дело сделано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/timeline_widget.py" line="115"/>
        <source>Follow-up planned</source>
        <translation>Дело запланировано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/timeline_widget.py" line="124"/>
        <source>%1 %2: %3 → %4</source>
        <translation>%1 %2: %3 → %4</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/timeline_widget.py" line="130"/>
        <source>Next: %1</source>
        <translation>Дальше: %1</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="157"/>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="173"/>
        <source>Today</source>
        <extracomment>Rows shown per section before &quot;Show all&quot;. (client_id or &quot;&quot;, follow-up id or &quot;&quot;) — someone asked to log a contact.</extracomment>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="163"/>
        <source>Log a visit or call…</source>
        <translation>Записать визит или звонок…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="164"/>
        <source>Log a visit, call, message or meeting</source>
        <translation>Записать визит, звонок, сообщение или встречу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="165"/>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="166"/>
        <source>Write down what happened</source>
        <translation>Записать, что было</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="167"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="168"/>
        <source>Undo: it is not done yet</source>
        <translation>Отменить: ещё не сделано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="169"/>
        <source>Still open from before</source>
        <translation>Осталось с прошлых дней</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="171"/>
        <source>Pick these up when you can, or move them to a better day.</source>
        <translation>Займитесь ими, когда будет время, или перенесите на удобный день.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="172"/>
        <source>Nothing left over from before.</source>
        <translation>С прошлых дней ничего не осталось.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="176"/>
        <source>Nothing planned for today.</source>
        <translation>На сегодня ничего не запланировано.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="177"/>
        <source>Coming up</source>
        <translation>Впереди</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="178"/>
        <source>The next seven days.</source>
        <translation>Ближайшие семь дней.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="179"/>
        <source>Nothing planned for the coming week.</source>
        <translation>На ближайшую неделю ничего не запланировано.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="180"/>
        <source>Keep in touch</source>
        <translation>Не терять связь</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="183"/>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="242"/>
        <source>Your clients who have not heard from you for a while.</source>
        <translation>Ваши клиенты, с которыми вы давно не общались.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="184"/>
        <source>You are in touch with all your clients.</source>
        <translation>Вы на связи со всеми своими клиентами.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="200"/>
        <source>Today, %1</source>
        <translation>Сегодня, %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="226"/>
        <source>Show all (%n)</source>
        <translation>
            <numerusform>Показать все (%n)</numerusform>
            <numerusform>Показать все (%n)</numerusform>
            <numerusform>Показать все (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="243"/>
        <source>%n more after these.</source>
        <translation>
            <numerusform>И ещё %n после них.</numerusform>
            <numerusform>И ещё %n после них.</numerusform>
            <numerusform>И ещё %n после них.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="258"/>
        <source>Mark “%1” as done</source>
        <translation>Отметить «%1» как сделанное</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="264"/>
        <source>Done: %1. Anything to write down about it?</source>
        <translation>Сделано: %1. Записать, как всё прошло?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="273"/>
        <source>Move “%1”</source>
        <translation>Перенести «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="283"/>
        <source>Get in touch with %1</source>
        <translation>Связаться с %1</translation>
    </message>
</context>
</TS>
