<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ConflictCard</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="128"/>
        <source>Restore it</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="128"/>
        <source>Leave it in the Recycle Bin</source>
        <translation>Оставить в корзине</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="130"/>
        <source>Understood</source>
        <translation>Понятно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="132"/>
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="132"/>
        <source>Keep theirs</source>
        <translation>Оставить их вариант</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="41"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="43"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="43"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="55"/>
        <source>a moment ago</source>
        <translation>только что</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="61"/>
        <source>A colleague</source>
        <translation>Коллега</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="67"/>
        <source>%1 put “%2” in the Recycle Bin at %3, while you were changing it. Your change is kept with it.</source>
        <translation>%1 отправил(а) «%2» в корзину (%3), пока вы это меняли. Ваше изменение сохранено вместе с записью.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="73"/>
        <source>The office did not take the new %1 “%2”: it is not yours to add. What you entered: %3.</source>
        <translation>Офис не принял новую запись «%2» (%1): добавлять её вы не можете. Вот что вы ввели: %3.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="80"/>
        <source>The office did not take your change of %1 of “%2” (%3): the record is no longer yours to change.</source>
        <translation>Офис не принял ваше изменение поля «%1» у «%2» (%3): эту запись вы больше не можете менять.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="86"/>
        <source>You changed %1 of “%2” to %3. It replaced %4, which %5 had set just before.</source>
        <translation>Вы изменили поле «%1» у «%2» на %3. Это заменило значение %4, которое незадолго до этого указал(а) %5.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="91"/>
        <source>%1 changed %2 of “%3” to %4 at %5; your value %6 was replaced.</source>
        <translation>%1 изменил(а) поле «%2» у «%3» на %4 (%5); ваше значение %6 заменено.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="200"/>
        <source>Changes to look at</source>
        <translation>Изменения, которые стоит проверить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="201"/>
        <source>Two computers changed the same thing</source>
        <translation>Одно и то же изменили на двух компьютерах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="203"/>
        <source>The newer change was kept. For each one, choose which value stays; your choice is shared with the office the next time this PC shares.</source>
        <translation>Сохранено более позднее изменение. Для каждого случая выберите, какое значение оставить; ваш выбор уйдёт в офис при следующем обмене с этого ПК.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="205"/>
        <source>Nothing to look at: every change fitted together.</source>
        <translation>Проверять нечего: все изменения совместились.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="206"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>OfficeServerSection</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/server_settings.py" line="87"/>
        <source>Trying the office server…</source>
        <translation>Проверяем связь с сервером офиса…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/server_settings.py" line="104"/>
        <source>Connected. This PC now shares your work with the office; your password is kept in this computer&apos;s keyring.</source>
        <translation>Подключено. Теперь этот ПК обменивается вашей работой с офисом; пароль хранится в защищённом хранилище паролей этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/server_settings.py" line="112"/>
        <source>Office server</source>
        <translation>Сервер офиса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/server_settings.py" line="114"/>
        <source>If your company has an office server, type its address (your administrator gives it to you) and your own password for it.</source>
        <translation>Если у вашей компании есть сервер офиса, введите его адрес (его даст администратор) и свой пароль для этого сервера.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/server_settings.py" line="116"/>
        <source>Server &amp;address</source>
        <translation>&amp;Адрес сервера</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/server_settings.py" line="117"/>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/server_settings.py" line="119"/>
        <source>Your &amp;password for the server</source>
        <translation>Ваш &amp;пароль для сервера</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/server_settings.py" line="120"/>
        <source>Your password for the server</source>
        <translation>Ваш пароль для сервера</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/server_settings.py" line="121"/>
        <source>Test and connect</source>
        <translation>Проверить и подключить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/server_settings.py" line="122"/>
        <source>Test the connection and connect</source>
        <translation>Проверить связь и подключить</translation>
    </message>
</context>
<context>
    <name>SyncIntegration</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="265"/>
        <source>Share with the office &amp;now</source>
        <translation>&amp;Обменяться с офисом сейчас</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="266"/>
        <source>Changes to &amp;look at…</source>
        <translation>&amp;Изменения для проверки…</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/sync/status.py" line="178"/>
        <source>%n change(s) to look at</source>
        <translation>
            <numerusform>%n изменение проверить</numerusform>
            <numerusform>%n изменения проверить</numerusform>
            <numerusform>%n изменений проверить</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="183"/>
        <source>Share now</source>
        <translation>Обменяться сейчас</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="184"/>
        <source>Share with the office now</source>
        <translation>Обменяться с офисом сейчас</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="185"/>
        <location filename="../../crm_desktop/ui/sync/status.py" line="186"/>
        <source>Stop sharing</source>
        <translation>Остановить обмен</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/words.py" line="37"/>
        <source>Saved on this PC · shared with the office just now</source>
        <translation>Сохранено на этом ПК · отправлено в офис только что</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/sync/words.py" line="40"/>
        <source>Saved on this PC · shared with the office %n minute(s) ago</source>
        <translation>
            <numerusform>Сохранено на этом ПК · отправлено в офис %n минуту назад</numerusform>
            <numerusform>Сохранено на этом ПК · отправлено в офис %n минуты назад</numerusform>
            <numerusform>Сохранено на этом ПК · отправлено в офис %n минут назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/sync/words.py" line="43"/>
        <source>Saved on this PC · shared with the office %n hour(s) ago</source>
        <translation>
            <numerusform>Сохранено на этом ПК · отправлено в офис %n час назад</numerusform>
            <numerusform>Сохранено на этом ПК · отправлено в офис %n часа назад</numerusform>
            <numerusform>Сохранено на этом ПК · отправлено в офис %n часов назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/sync/words.py" line="45"/>
        <source>Saved on this PC · shared with the office %n day(s) ago</source>
        <translation>
            <numerusform>Сохранено на этом ПК · отправлено в офис %n день назад</numerusform>
            <numerusform>Сохранено на этом ПК · отправлено в офис %n дня назад</numerusform>
            <numerusform>Сохранено на этом ПК · отправлено в офис %n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/words.py" line="55"/>
        <source>Saved on this PC</source>
        <translation>Сохранено на этом ПК</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/words.py" line="58"/>
        <source>Sharing… %1 of %2</source>
        <translation>Идёт обмен… %1 из %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/words.py" line="60"/>
        <source>Sharing with the office…</source>
        <translation>Идёт обмен с офисом…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/words.py" line="62"/>
        <source>Not connected — your work is safe on this PC</source>
        <translation>Нет связи — ваша работа в сохранности на этом ПК</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/words.py" line="64"/>
        <source>Saved on this PC · not shared with the office yet</source>
        <translation>Сохранено на этом ПК · в офис ещё не отправлено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/words.py" line="71"/>
        <source>Could not reach the office server. Your work is safe on this PC; it will be shared when the connection is back.</source>
        <translation>Не удалось связаться с сервером офиса. Ваша работа в сохранности на этом ПК и уйдёт в офис, когда связь восстановится.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/words.py" line="75"/>
        <source>The connection to the office server was lost. Nothing is lost; the next sharing finishes the job.</source>
        <translation>Связь с сервером офиса прервалась. Ничего не потеряно: следующий обмен доведёт дело до конца.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/words.py" line="79"/>
        <source>Please type your password for the office server in Settings.</source>
        <translation>Введите свой пароль для сервера офиса в настройках.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/words.py" line="82"/>
        <source>Sharing was stopped. What was shared so far is kept; the rest goes next time.</source>
        <translation>Обмен остановлен. Уже отправленное сохранено, остальное уйдёт в следующий раз.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/words.py" line="86"/>
        <source>Please update CRM Desktop on this computer: the office server is newer.</source>
        <translation>Обновите CRM Desktop на этом компьютере: сервер офиса новее.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/words.py" line="89"/>
        <source>Sharing with the office did not work this time. Your work is safe on this PC.</source>
        <translation>Обмен с офисом в этот раз не удался. Ваша работа в сохранности на этом ПК.</translation>
    </message>
</context>
</TS>
