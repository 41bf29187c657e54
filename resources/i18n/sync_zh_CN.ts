<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConflictCard</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="128"/>
        <source>Restore it</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="128"/>
        <source>Leave it in the Recycle Bin</source>
        <translation>留在回收站</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="130"/>
        <source>Understood</source>
        <translation>知道了</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="132"/>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="132"/>
        <source>Keep theirs</source>
        <translation>保留对方的</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="41"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="43"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="43"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="55"/>
        <source>a moment ago</source>
        <translation>刚才</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="61"/>
        <source>A colleague</source>
        <translation>一位同事</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="67"/>
        <source>%1 put “%2” in the Recycle Bin at %3, while you were changing it. Your change is kept with it.</source>
        <translation>您修改“%2”期间，%1 于 %3 把它移到了回收站。您的修改已随记录一起保留。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="73"/>
        <source>The office did not take the new %1 “%2”: it is not yours to add. What you entered: %3.</source>
        <translation>办公室服务器没有接受新的%1“%2”：您无权添加它。您填写的内容：%3。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="80"/>
        <source>The office did not take your change of %1 of “%2” (%3): the record is no longer yours to change.</source>
        <translation>办公室服务器没有接受您对“%2”的%1所做的修改（%3）：您已无权修改这条记录。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="86"/>
        <source>You changed %1 of “%2” to %3. It replaced %4, which %5 had set just before.</source>
        <translation>您把“%2”的%1改成了 %3，替换了 %5 刚刚设置的 %4。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="91"/>
        <source>%1 changed %2 of “%3” to %4 at %5; your value %6 was replaced.</source>
        <translation>%1 于 %5 把“%3”的%2改成了 %4；您的值 %6 被替换了。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="200"/>
        <source>Changes to look at</source>
        <translation>需要查看的修改</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="201"/>
        <source>Two computers changed the same thing</source>
        <translation>两台电脑修改了同一处内容</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="203"/>
        <source>The newer change was kept. For each one, choose which value stays; your choice is shared with the office the next time this PC shares.</source>
        <translation>系统保留了较新的修改。请逐条选择保留哪个值；下次同步时，您的选择会发送到办公室。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="205"/>
        <source>Nothing to look at: every change fitted together.</source>
        <translation>没有需要查看的内容：所有修改都已顺利合并。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflict_dialog.py" line="206"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>OfficeServerSection</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/server_settings.py" line="87"/>
        <source>Trying the office server…</source>
        <translation>正在尝试连接办公室服务器…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/server_settings.py" line="104"/>
        <source>Connected. This PC now shares your work with the office; your password is kept in this computer&apos;s keyring.</source>
        <translation>已连接。本机现在会与办公室同步您的工作；您的密码保存在本机系统的密码库中。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/server_settings.py" line="112"/>
        <source>Office server</source>
        <translation>办公室服务器</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/server_settings.py" line="114"/>
        <source>If your company has an office server, type its address (your administrator gives it to you) and your own password for it.</source>
        <translation>如果公司有办公室服务器，请输入它的地址（由管理员提供）以及您自己的服务器密码。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/server_settings.py" line="116"/>
        <source>Server &amp;address</source>
        <translation>服务器地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/server_settings.py" line="117"/>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/server_settings.py" line="119"/>
        <source>Your &amp;password for the server</source>
        <translation>您的服务器密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/server_settings.py" line="120"/>
        <source>Your password for the server</source>
        <translation>您的服务器密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/server_settings.py" line="121"/>
        <source>Test and connect</source>
        <translation>测试并连接</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/server_settings.py" line="122"/>
        <source>Test the connection and connect</source>
        <translation>测试连接并连接</translation>
    </message>
</context>
<context>
    <name>SyncIntegration</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="265"/>
        <source>Share with the office &amp;now</source>
        <translation>立即与办公室同步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="266"/>
        <source>Changes to &amp;look at…</source>
        <translation>需要查看的修改(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/sync/status.py" line="178"/>
        <source>%n change(s) to look at</source>
        <translation>
            <numerusform>%n 处修改待查看</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="183"/>
        <source>Share now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="184"/>
        <source>Share with the office now</source>
        <translation>立即与办公室同步</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="185"/>
        <location filename="../../crm_desktop/ui/sync/status.py" line="186"/>
        <source>Stop sharing</source>
        <translation>停止同步</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/words.py" line="37"/>
        <source>Saved on this PC · shared with the office just now</source>
        <translation>已保存在本机 · 刚刚已与办公室同步</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/sync/words.py" line="40"/>
        <source>Saved on this PC · shared with the office %n minute(s) ago</source>
        <translation>
            <numerusform>已保存在本机 · %n 分钟前已与办公室同步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/sync/words.py" line="43"/>
        <source>Saved on this PC · shared with the office %n hour(s) ago</source>
        <translation>
            <numerusform>已保存在本机 · %n 小时前已与办公室同步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/sync/words.py" line="45"/>
        <source>Saved on this PC · shared with the office %n day(s) ago</source>
        <translation>
            <numerusform>已保存在本机 · %n 天前已与办公室同步</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/words.py" line="55"/>
        <source>Saved on this PC</source>
        <translation>已保存在本机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/words.py" line="58"/>
        <source>Sharing… %1 of %2</source>
        <translation>正在同步… 第 %1 / %2 条</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/words.py" line="60"/>
        <source>Sharing with the office…</source>
        <translation>正在与办公室同步…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/words.py" line="62"/>
        <source>Not connected — your work is safe on this PC</source>
        <translation>未连接 — 您的工作已安全保存在本机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/words.py" line="64"/>
        <source>Saved on this PC · not shared with the office yet</source>
        <translation>已保存在本机 · 尚未与办公室同步</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/words.py" line="71"/>
        <source>Could not reach the office server. Your work is safe on this PC; it will be shared when the connection is back.</source>
        <translation>无法连接办公室服务器。您的工作已安全保存在本机，网络恢复后会自动同步。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/words.py" line="75"/>
        <source>The connection to the office server was lost. Nothing is lost; the next sharing finishes the job.</source>
        <translation>与办公室服务器的连接中断了。数据没有丢失，下次同步会继续完成。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/words.py" line="79"/>
        <source>Please type your password for the office server in Settings.</source>
        <translation>请在“设置”中输入您的办公室服务器密码。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/words.py" line="82"/>
        <source>Sharing was stopped. What was shared so far is kept; the rest goes next time.</source>
        <translation>同步已停止。已同步的内容会保留，其余的下次再同步。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/words.py" line="86"/>
        <source>Please update CRM Desktop on this computer: the office server is newer.</source>
        <translation>请更新本机的 CRM Desktop：办公室服务器的版本更新。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/words.py" line="89"/>
        <source>Sharing with the office did not work this time. Your work is safe on this PC.</source>
        <translation>这次与办公室同步没有成功。您的工作已安全保存在本机。</translation>
    </message>
</context>
</TS>
