<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="81"/>
        <source>Something went wrong</source>
        <translation>出了点问题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="82"/>
        <source>Something went wrong. Your work is saved.</source>
        <translation>出了点问题。您的工作已经保存好了。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="84"/>
        <source>The program met a problem it did not expect. Everything you saved before is safe. You can carry on working. If it happens again, press “Copy details for IT” and send them to your IT person.</source>
        <translation>程序遇到了一个意外的问题。您之前保存的内容都安然无恙，可以继续工作。如果再次出现，请点“复制详情给 IT”，然后发给负责电脑的同事。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="89"/>
        <source>The details are also written to %1.</source>
        <translation>详情也已写入 %1。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="93"/>
        <source>&amp;Copy details for IT</source>
        <translation>复制详情给 IT(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="94"/>
        <source>Copy details for IT</source>
        <translation>复制详情给 IT</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="95"/>
        <source>Show &amp;details</source>
        <translation>显示详情(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="96"/>
        <source>Show the technical details</source>
        <translation>显示技术详情</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="97"/>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="98"/>
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="99"/>
        <source>Technical details</source>
        <translation>技术详情</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="103"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/history.py" line="26"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/history.py" line="27"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/history.py" line="28"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/history.py" line="29"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/history.py" line="30"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/history.py" line="31"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/history.py" line="32"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/history.py" line="67"/>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/history.py" line="68"/>
        <source>History of %1</source>
        <translation>%1 的修改记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/history.py" line="69"/>
        <source>Every change to this record</source>
        <translation>这条记录的所有修改</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/history.py" line="71"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="13"/>
        <source>Company setting</source>
        <translation>公司设置</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="14"/>
        <location filename="../../crm_desktop/ui/labels.py" line="49"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="15"/>
        <source>Person</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="16"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="17"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="18"/>
        <source>Phone or e-mail key</source>
        <translation>电话或邮箱索引</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="19"/>
        <source>Activity</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="20"/>
        <source>Follow-up</source>
        <translation>待办提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="21"/>
        <source>Sales stage</source>
        <translation>销售阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="22"/>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="23"/>
        <source>Comment</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="24"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="25"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="26"/>
        <source>Stock movement</source>
        <translation>出入库记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="27"/>
        <source>Approval route</source>
        <translation>审批流程</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="28"/>
        <source>Approval request</source>
        <translation>审批申请</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="29"/>
        <source>Approval decision</source>
        <translation>审批意见</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="30"/>
        <source>History entry</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="39"/>
        <location filename="../../crm_desktop/ui/labels.py" line="57"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="40"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="41"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="42"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="43"/>
        <source>E-mails</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="44"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="45"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="46"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="47"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="48"/>
        <source>Brought in by</source>
        <translation>客户来源人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="50"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="51"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="52"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="53"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="54"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="55"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="56"/>
        <source>In the Recycle Bin</source>
        <translation>在回收站中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="58"/>
        <source>Sign-in name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="59"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="60"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="61"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="62"/>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="63"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="64"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="71"/>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="72"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="73"/>
        <source>Sent to the Recycle Bin</source>
        <translation>移入回收站</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="74"/>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="75"/>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="76"/>
        <source>Handed over</source>
        <translation>已交接</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="77"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="225"/>
        <source>About CRM Desktop</source>
        <extracomment>Set once show_then_fill() has filled the first page (start-up; the bench waits on it).</extracomment>
        <translation>关于 CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="226"/>
        <source>CRM Desktop %1
Your data is kept in:
%2</source>
        <translation>CRM Desktop %1
您的数据保存在：
%2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="234"/>
        <source>“%1” can no longer be undone: it was changed again since, here or by a colleague. Nothing was changed now.</source>
        <translation>“%1”已无法撤销：之后它又被修改过（在本机或由同事修改）。这次没有做任何改动。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="237"/>
        <source>“%1” cannot be undone: %2</source>
        <translation>“%1”无法撤销：%2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="239"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="255"/>
        <source>CRM Desktop — practice</source>
        <translation>CRM Desktop — 练习模式</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="256"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="258"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="259"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="260"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="261"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="262"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="263"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="264"/>
        <source>&amp;Larger text</source>
        <translation>字体放大(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="265"/>
        <source>&amp;Smaller text</source>
        <translation>字体缩小(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="266"/>
        <source>&amp;Normal text size</source>
        <translation>恢复正常字号(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="267"/>
        <source>&amp;High contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="268"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="269"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="270"/>
        <source>&amp;About CRM Desktop</source>
        <translation>关于 CRM Desktop(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="271"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="281"/>
        <source>Practice — nothing here is real</source>
        <translation>练习模式 — 这里的数据都不是真的</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="283"/>
        <source>Practice file — nothing here is real</source>
        <translation>练习文件 — 这里的数据都不是真的</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="285"/>
        <source>Saved on this PC</source>
        <translation>已保存在本机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="287"/>
        <source>Where your data is</source>
        <translation>数据保存位置</translation>
    </message>
</context>
<context>
    <name>RecycleBinPage</name>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="21"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="22"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="23"/>
        <source>Deleted on</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="24"/>
        <source>Deleted by</source>
        <translation>删除人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="72"/>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="75"/>
        <source>Recycle Bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="77"/>
        <source>Nothing you delete is lost. It waits here until you bring it back.</source>
        <translation>删除的内容不会丢失，会一直放在这里，直到您把它恢复。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="79"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="80"/>
        <source>Restore the selected record</source>
        <translation>恢复选中的记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="81"/>
        <source>Show &amp;history</source>
        <translation>查看修改记录(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="82"/>
        <source>Show the history of the selected record</source>
        <translation>查看选中记录的修改记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="83"/>
        <source>Deleted records</source>
        <translation>已删除的记录</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="113"/>
        <source>%n record(s) waiting to be restored.</source>
        <translation>
            <numerusform>有 %n 条记录等待恢复。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="115"/>
        <source>The Recycle Bin is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/recycle_bin.py" line="102"/>
        <source>Restore %1</source>
        <translation>恢复“%1”</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../crm_desktop/ui/pages/settings.py" line="65"/>
        <location filename="../../crm_desktop/ui/pages/settings.py" line="68"/>
        <source>My settings</source>
        <translation>我的设置</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/settings.py" line="70"/>
        <source>These choices are for this computer only. Your colleagues keep their own.</source>
        <translation>这些设置只对这台电脑有效，同事们的设置不受影响。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/settings.py" line="72"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/settings.py" line="73"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/settings.py" line="74"/>
        <source>&amp;Text size</source>
        <translation>字号(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/settings.py" line="75"/>
        <source>Text size</source>
        <translation>字号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/settings.py" line="76"/>
        <source>Smaller</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/settings.py" line="77"/>
        <source>Make the text smaller</source>
        <translation>把字调小</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/settings.py" line="78"/>
        <source>Larger</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/settings.py" line="79"/>
        <source>Make the text larger</source>
        <translation>把字调大</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../crm_desktop/app.py" line="146"/>
        <source>Please update CRM Desktop</source>
        <translation>请更新 CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/app.py" line="147"/>
        <source>Your data was saved by a newer CRM Desktop than this one. Please update CRM Desktop on this computer. Nothing was changed.</source>
        <translation>您的数据是由更新版本的 CRM Desktop 保存的。请在这台电脑上更新 CRM Desktop。数据没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/app.py" line="184"/>
        <source>CRM Desktop is already open on this computer. We brought its window to the front, so you can carry on there.</source>
        <translation>CRM Desktop 已经在这台电脑上打开了。我们已把它的窗口调到最前面，请在那里继续工作。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/app.py" line="190"/>
        <source>CRM Desktop is already open on this computer with the same data. Please use the window that is already open.</source>
        <translation>CRM Desktop 已经用同一份数据在这台电脑上打开了。请使用已经打开的窗口。</translation>
    </message>
</context>
</TS>
