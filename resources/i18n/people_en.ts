<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>SignInDialog</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="173"/>
        <source>The name or the password is not right, several times now. Please wait %n second(s), then try again.</source>
        <translation>
            <numerusform>The name or the password is not right, several times now. Please wait %n second, then try again.</numerusform>
            <numerusform>The name or the password is not right, several times now. Please wait %n seconds, then try again.</numerusform>
        </translation>
    </message>
</context>
</TS>
