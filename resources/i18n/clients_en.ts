<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ClientsPage</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="178"/>
        <source>More than %n client(s) match. Type more to narrow the list.</source>
        <translation>
            <numerusform>More than %n client matches. Type more to narrow the list.</numerusform>
            <numerusform>More than %n clients match. Type more to narrow the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="183"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
</context>
</TS>
