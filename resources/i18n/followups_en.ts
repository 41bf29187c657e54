<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>FollowupPlurals</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/followups/words.py" line="100"/>
        <source>No contact with %1 for %n day(s)</source>
        <translation>
            <numerusform>No contact with %1 for %n day</numerusform>
            <numerusform>No contact with %1 for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/followups/words.py" line="103"/>
        <source>No contact with %1 yet; added %n day(s) ago</source>
        <translation>
            <numerusform>No contact with %1 yet; added %n day ago</numerusform>
            <numerusform>No contact with %1 yet; added %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/followups/words.py" line="106"/>
        <source>Grade %1 clients: about every %n day(s)</source>
        <translation>
            <numerusform>Grade %1 clients: about every %n day</numerusform>
            <numerusform>Grade %1 clients: about every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/followups/words.py" line="109"/>
        <source>%n follow-up(s) for today</source>
        <translation>
            <numerusform>%n follow-up for today</numerusform>
            <numerusform>%n follow-ups for today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/followups/words.py" line="112"/>
        <source>%n still open from before</source>
        <translation>
            <numerusform>%n still open from before</numerusform>
            <numerusform>%n still open from before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/followups/reminders.py" line="142"/>
        <source>%n more reminder(s) after this one.</source>
        <translation>
            <numerusform>%n more reminder after this one.</numerusform>
            <numerusform>%n more reminders after this one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamOverdueCard</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/followups/rows.py" line="156"/>
        <source>%n follow-up(s) open from before</source>
        <translation>
            <numerusform>%n follow-up open from before</numerusform>
            <numerusform>%n follow-ups open from before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/followups/rows.py" line="157"/>
        <source>%n of them for more than a week</source>
        <translation>
            <numerusform>%n of them for more than a week</numerusform>
            <numerusform>%n of them for more than a week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/followups/rows.py" line="158"/>
        <source>%n follow-up(s) for today</source>
        <translation>
            <numerusform>%n follow-up for today</numerusform>
            <numerusform>%n follow-ups for today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="226"/>
        <source>Show all (%n)</source>
        <translation>
            <numerusform>Show all (%n)</numerusform>
            <numerusform>Show all (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="243"/>
        <source>%n more after these.</source>
        <translation>
            <numerusform>%n more after these.</numerusform>
            <numerusform>%n more after these.</numerusform>
        </translation>
    </message>
</context>
</TS>
