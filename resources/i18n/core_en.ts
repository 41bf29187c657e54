<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>RecycleBinPage</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="113"/>
        <source>%n record(s) waiting to be restored.</source>
        <translation>
            <numerusform>%n record waiting to be restored.</numerusform>
            <numerusform>%n records waiting to be restored.</numerusform>
        </translation>
    </message>
</context>
</TS>
