<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="72"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="73"/>
        <source>Something went wrong. Your work is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="75"/>
        <source>The program met a problem it did not expect. Everything you saved before is safe. You can carry on working. If it happens again, press “Copy details for IT” and send them to your IT person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="80"/>
        <source>The details are also written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="84"/>
        <source>&amp;Copy details for IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="85"/>
        <source>Copy details for IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="86"/>
        <source>Show &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="87"/>
        <source>Show the technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="88"/>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="89"/>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="90"/>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="94"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/history.py" line="26"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/history.py" line="27"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/history.py" line="28"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/history.py" line="29"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/history.py" line="30"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/history.py" line="31"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/history.py" line="32"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/history.py" line="67"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/history.py" line="68"/>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/history.py" line="69"/>
        <source>Every change to this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/history.py" line="71"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="198"/>
        <source>About CRM Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="199"/>
        <source>CRM Desktop %1
Your data is kept in:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="216"/>
        <source>CRM Desktop — practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="217"/>
        <source>CRM Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="219"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="220"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="221"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="222"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="223"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="224"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="225"/>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="226"/>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="227"/>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="228"/>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="229"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="230"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="231"/>
        <source>&amp;About CRM Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="232"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="236"/>
        <source>Practice — nothing here is real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="238"/>
        <source>Practice file — nothing here is real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="240"/>
        <source>Saved on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="242"/>
        <source>Where your data is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecycleBinPage</name>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="21"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="22"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="23"/>
        <source>Deleted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="24"/>
        <source>Deleted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="72"/>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="75"/>
        <source>Recycle Bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="77"/>
        <source>Nothing you delete is lost. It waits here until you bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="79"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="80"/>
        <source>Restore the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="81"/>
        <source>Show &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="82"/>
        <source>Show the history of the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="83"/>
        <source>Deleted records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="84"/>
        <source>The Recycle Bin is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="102"/>
        <source>Restore %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../crm_desktop/ui/pages/settings.py" line="60"/>
        <location filename="../../crm_desktop/ui/pages/settings.py" line="63"/>
        <source>My settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/settings.py" line="65"/>
        <source>These choices are for this computer only. Your colleagues keep their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/settings.py" line="67"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/settings.py" line="68"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/settings.py" line="69"/>
        <source>&amp;Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/settings.py" line="70"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/settings.py" line="71"/>
        <source>Smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/settings.py" line="72"/>
        <source>Make the text smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/settings.py" line="73"/>
        <source>Larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/settings.py" line="74"/>
        <source>Make the text larger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../crm_desktop/app.py" line="86"/>
        <source>Please update CRM Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/app.py" line="87"/>
        <source>Your data was saved by a newer CRM Desktop than this one. Please update CRM Desktop on this computer. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/app.py" line="112"/>
        <source>CRM Desktop is already open on this computer. We brought its window to the front, so you can carry on there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/app.py" line="118"/>
        <source>CRM Desktop is already open on this computer with the same data. Please use the window that is already open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
