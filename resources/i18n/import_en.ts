<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CountWords</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="83"/>
        <source>%Ln new client(s)</source>
        <translation>
            <numerusform>%Ln new client</numerusform>
            <numerusform>%Ln new clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="84"/>
        <source>%Ln client(s) will be updated</source>
        <translation>
            <numerusform>%Ln client will be updated</numerusform>
            <numerusform>%Ln clients will be updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="85"/>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="92"/>
        <source>%Ln duplicate(s) skipped</source>
        <translation>
            <numerusform>%Ln duplicate skipped</numerusform>
            <numerusform>%Ln duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="86"/>
        <source>%Ln row(s) with problems</source>
        <translation>
            <numerusform>%Ln row with problems</numerusform>
            <numerusform>%Ln rows with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="90"/>
        <source>%Ln new client(s) added</source>
        <translation>
            <numerusform>%Ln new client added</numerusform>
            <numerusform>%Ln new clients added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="91"/>
        <source>%Ln existing client(s) updated</source>
        <translation>
            <numerusform>%Ln existing client updated</numerusform>
            <numerusform>%Ln existing clients updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="93"/>
        <source>%Ln row(s) left out because of problems</source>
        <translation>
            <numerusform>%Ln row left out because of problems</numerusform>
            <numerusform>%Ln rows left out because of problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DryRunStep</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="215"/>
        <source>%n row(s) saved to %1.</source>
        <translation>
            <numerusform>%n row saved to %1.</numerusform>
            <numerusform>%n rows saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="147"/>
        <source>%n record(s) saved to %1.</source>
        <translation>
            <numerusform>%n record saved to %1.</numerusform>
            <numerusform>%n records saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultStep</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="400"/>
        <source>%n new client(s) moved to the Recycle Bin.</source>
        <translation>
            <numerusform>%n new client moved to the Recycle Bin.</numerusform>
            <numerusform>%n new clients moved to the Recycle Bin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="401"/>
        <source>%n filled-in field(s) restored.</source>
        <translation>
            <numerusform>%n filled-in field restored.</numerusform>
            <numerusform>%n filled-in fields restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="406"/>
        <source>%n field(s) had been changed again after the import and kept the newer value.</source>
        <translation>
            <numerusform>%n field had been changed again after the import and kept the newer value.</numerusform>
            <numerusform>%n fields had been changed again after the import and kept the newer value.</numerusform>
        </translation>
    </message>
</context>
</TS>
