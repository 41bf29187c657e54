<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>SyncStatusBar</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/sync/status.py" line="178"/>
        <source>%n change(s) to look at</source>
        <translation>
            <numerusform>%n change to look at</numerusform>
            <numerusform>%n changes to look at</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/sync/words.py" line="40"/>
        <source>Saved on this PC · shared with the office %n minute(s) ago</source>
        <translation>
            <numerusform>Saved on this PC · shared with the office %n minute ago</numerusform>
            <numerusform>Saved on this PC · shared with the office %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/sync/words.py" line="43"/>
        <source>Saved on this PC · shared with the office %n hour(s) ago</source>
        <translation>
            <numerusform>Saved on this PC · shared with the office %n hour ago</numerusform>
            <numerusform>Saved on this PC · shared with the office %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/sync/words.py" line="45"/>
        <source>Saved on this PC · shared with the office %n day(s) ago</source>
        <translation>
            <numerusform>Saved on this PC · shared with the office %n day ago</numerusform>
            <numerusform>Saved on this PC · shared with the office %n days ago</numerusform>
        </translation>
    </message>
</context>
</TS>
