<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountActions</name>
    <message>
        <location filename="../../crm_desktop/ui/people/account.py" line="29"/>
        <source>Change my password…</source>
        <translation>修改我的密码…</translation>
    </message>
</context>
<context>
    <name>AdministrationPage</name>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="43"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="44"/>
        <source>Sign-in name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="45"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="46"/>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="56"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="47"/>
        <source>Can sign in</source>
        <translation>能否登录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="48"/>
        <source>yes</source>
        <translation>能</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="49"/>
        <source>no, deactivated</source>
        <translation>不能，已停用</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="57"/>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="188"/>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="215"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="64"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="65"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="66"/>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="181"/>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="184"/>
        <source>Administration</source>
        <translation>管理</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="186"/>
        <source>Who works with CRM Desktop, in which department, and what staff may see. Deactivated people can no longer sign in; their history stays.</source>
        <translation>谁在使用 CRM Desktop、属于哪个部门、员工能看到什么。被停用的人不能再登录，但他们的历史记录都会保留。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="189"/>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="216"/>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="190"/>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="214"/>
        <source>What staff see</source>
        <translation>员工能看到什么</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="192"/>
        <source>Managers always see their department&apos;s clients and administrators see all. Choose what staff see:</source>
        <translation>经理总能看到本部门的客户，管理员能看到全部客户。请选择普通员工能看到的范围：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="194"/>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="217"/>
        <source>Handovers</source>
        <translation>移交记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="196"/>
        <source>Add a person…</source>
        <translation>添加人员…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="196"/>
        <source>Add a person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="197"/>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="197"/>
        <source>Change the chosen person</source>
        <translation>修改选中的人员</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="198"/>
        <source>Set a new password…</source>
        <translation>设置新密码…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="199"/>
        <source>Set a new password for the chosen person</source>
        <translation>为选中的人员设置新密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="200"/>
        <source>Hand over clients…</source>
        <translation>移交客户…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="201"/>
        <source>Hand the chosen person&apos;s clients over to colleagues</source>
        <translation>把选中人员的客户移交给同事</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="202"/>
        <source>Add a department…</source>
        <translation>添加部门…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="203"/>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="346"/>
        <source>Add a department</source>
        <translation>添加部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="204"/>
        <source>Rename…</source>
        <translation>改名…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="205"/>
        <source>Rename the chosen department</source>
        <translation>给选中的部门改名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="206"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="207"/>
        <source>Remove the chosen department</source>
        <translation>删除选中的部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="208"/>
        <source>Take this handover back</source>
        <translation>撤回这次移交</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="209"/>
        <source>Take the chosen handover back as a whole</source>
        <translation>把选中的移交整个撤回</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="261"/>
        <source>Activate again</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="262"/>
        <source>Let the chosen person sign in again</source>
        <translation>让选中的人员重新可以登录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="264"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="266"/>
        <source>Deactivate the chosen person (they can no longer sign in)</source>
        <translation>停用选中的人员（之后不能再登录）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="308"/>
        <source>The person was added. They can sign in now.</source>
        <translation>人员已添加，现在就可以登录了。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="313"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="324"/>
        <source>The new password is set. Please tell it to %1 in person.</source>
        <translation>新密码已设置好。请当面告诉%1。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="332"/>
        <source>%1 can no longer sign in. Everything they did stays in the history.</source>
        <translation>%1 已不能再登录。他做过的一切都保留在历史记录里。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="334"/>
        <source>%1 can sign in again.</source>
        <translation>%1 又可以登录了。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="342"/>
        <source>The handover is done. You can take it back below, under Handovers.</source>
        <translation>移交已完成。如需撤回，可以在下面的“移交记录”里操作。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="346"/>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="353"/>
        <source>Department name</source>
        <translation>部门名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="353"/>
        <source>Rename a department</source>
        <translation>给部门改名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="360"/>
        <source>The department was removed. You find it in the Recycle Bin.</source>
        <translation>部门已删除，可以在回收站里找到。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="365"/>
        <source>Saved. Staff now see: %1</source>
        <translation>已保存。员工现在能看到：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pages/administration.py" line="376"/>
        <source>The handover was taken back: %1 records returned.</source>
        <translation>移交已撤回：%1 条记录已还原。</translation>
    </message>
</context>
<context>
    <name>AdministratorStep</name>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="547"/>
        <source>Who are you? You will look after CRM Desktop.</source>
        <translation>您是谁？由您来管理 CRM Desktop。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="548"/>
        <source>You become the administrator: you add your colleagues and can hand clients over.</source>
        <translation>您将成为管理员：由您添加同事，也可以把客户移交给别人。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="550"/>
        <source>Your name (you sign in with it)</source>
        <translation>您的名字（登录时使用）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="550"/>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="551"/>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="552"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="551"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="552"/>
        <source>The same password again</source>
        <translation>再输一遍密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="553"/>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="554"/>
        <source>Show the password</source>
        <translation>显示密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="556"/>
        <source>A good password is long rather than strange: three or four words you can remember, like &quot;green tea at nine&quot;. At least %1 characters. Do not use your name.</source>
        <translation>好密码不在于古怪，而在于够长：用三四个自己记得住的词，比如“九点喝绿茶”。至少 %1 个字符，不要用自己的名字。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="576"/>
        <source>Please type your name.</source>
        <translation>请输入您的名字。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="578"/>
        <source>Please choose a password.</source>
        <translation>请设一个密码。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="581"/>
        <source>The password needs at least %1 characters.</source>
        <translation>密码至少要 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="584"/>
        <source>The password must not be your name.</source>
        <translation>密码不能和名字一样。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="586"/>
        <source>The two passwords are not the same yet.</source>
        <translation>两次输入的密码还不一样。</translation>
    </message>
</context>
<context>
    <name>CompanyStep</name>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="499"/>
        <source>What is your company called?</source>
        <translation>贵公司叫什么名字？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="500"/>
        <source>It is shown at the top of reports and on the sign-in window.</source>
        <translation>公司名称会显示在报表顶部和登录窗口上。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="502"/>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="502"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="511"/>
        <source>Please type the company&apos;s name.</source>
        <translation>请输入公司名称。</translation>
    </message>
</context>
<context>
    <name>ConfirmStep</name>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="437"/>
        <source>Hand over now?</source>
        <translation>现在移交吗？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="438"/>
        <source>Each moved record gets a line in its history. The whole handover can be taken back later on the Administration page.</source>
        <translation>每条被移交的记录都会在历史里留下一行。以后可以在“管理”页面把整次移交撤回。</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="64"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="65"/>
        <source>Save and close</source>
        <translation>保存并关闭</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="66"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="67"/>
        <source>Close without saving</source>
        <translation>不保存，直接关闭</translation>
    </message>
</context>
<context>
    <name>HandoverWizard</name>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="474"/>
        <source>Hand over clients</source>
        <translation>移交客户</translation>
    </message>
</context>
<context>
    <name>HoldingsStep</name>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="139"/>
        <source>This is what %1 holds now:</source>
        <translation>%1 目前负责的有：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="140"/>
        <source>All of it moves on the next steps. Finished work and won deals stay under their name.</source>
        <translation>这些都会在接下来的步骤中移交。已完成的工作和已成交的商机仍记在他的名下。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="143"/>
        <source>Clients: %1</source>
        <translation>客户：%1 个</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="144"/>
        <source>Open deals: %1</source>
        <translation>进行中的商机：%1 个</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="145"/>
        <source>Follow-ups to do: %1</source>
        <translation>待跟进：%1 项</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="146"/>
        <source>Open complaints: %1</source>
        <translation>未处理的投诉：%1 个</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="158"/>
        <source>This person holds nothing to hand over.</source>
        <translation>此人目前没有需要移交的内容。</translation>
    </message>
</context>
<context>
    <name>HowStep</name>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="183"/>
        <source>How should the clients be shared out?</source>
        <translation>客户怎么分？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="184"/>
        <source>Most often everything goes to one colleague.</source>
        <translation>通常是全部交给一位同事。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="186"/>
        <source>Everything to one colleague</source>
        <translation>全部交给一位同事</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="187"/>
        <source>Split by grade (A, B, C)</source>
        <translation>按等级分（A、B、C）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="188"/>
        <source>Split evenly among several colleagues</source>
        <translation>平均分给几位同事</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="189"/>
        <source>Choose clients one by one</source>
        <translation>逐个挑选客户</translation>
    </message>
</context>
<context>
    <name>LanguageStep</name>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="94"/>
        <source>The program will speak this language. You can change it later under My settings.</source>
        <extracomment>What the connection test found: &quot;join&quot; (a company is there) or &quot;empty&quot;.</extracomment>
        <translation>程序会用这种语言显示。以后可以在“我的设置”里更改。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="96"/>
        <source>Not ready yet? Try everything first with made-up clients. Nothing you do there is real.</source>
        <translation>还没准备好？可以先用虚构的客户练习一下，在练习里做什么都不会当真。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="98"/>
        <source>Practice first</source>
        <translation>先练习一下</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="99"/>
        <source>Practice first, with made-up clients</source>
        <translation>先用虚构的客户练习</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="121"/>
        <source>Please choose a language.</source>
        <translation>请选择一种语言。</translation>
    </message>
</context>
<context>
    <name>LeaverStep</name>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="94"/>
        <source>Who is leaving, or moving to other work?</source>
        <translation>谁要离职或调岗？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="95"/>
        <source>Their clients and open work go to colleagues. Who brought each client in stays recorded.</source>
        <translation>他的客户和未完成的工作会交给同事。每个客户是谁开发的，会一直记录着。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="97"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="97"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="99"/>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="102"/>
        <source>(choose a person)</source>
        <translation>（请选择人员）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="113"/>
        <source>Please choose who is leaving.</source>
        <translation>请选择要离职或调岗的人。</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="187"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="227"/>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="228"/>
        <source>A new password for %1</source>
        <translation>为%1设置新密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="232"/>
        <source>A good password is long rather than strange: three or four words you can remember. At least 8 characters.</source>
        <translation>好密码不在于古怪，而在于够长：用三四个自己记得住的词。至少 8 个字符。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="234"/>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="234"/>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="235"/>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="236"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="235"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="236"/>
        <source>The new password again</source>
        <translation>再输一遍新密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="237"/>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="238"/>
        <source>Show the passwords</source>
        <translation>显示密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="250"/>
        <source>The two new passwords are not the same.</source>
        <translation>两次输入的新密码不一样。</translation>
    </message>
</context>
<context>
    <name>PeopleWords</name>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="16"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="17"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="18"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="25"/>
        <source>Only their own clients</source>
        <translation>只看自己的客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="26"/>
        <source>All clients of their department</source>
        <translation>本部门的全部客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="27"/>
        <source>All clients of the company</source>
        <translation>全公司的客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="36"/>
        <source>You are not allowed to do this. Please ask an administrator.</source>
        <translation>您没有权限这样做，请找管理员。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="41"/>
        <source>Please type a sign-in name.</source>
        <translation>请输入登录名。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="42"/>
        <source>This sign-in name is already taken by %1. Please choose another.</source>
        <translation>这个登录名已经被%1使用了，请换一个。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="45"/>
        <source>Please keep the sign-in name shorter.</source>
        <translation>登录名请短一些。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="46"/>
        <source>Please type the person&apos;s name.</source>
        <translation>请输入此人的姓名。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="47"/>
        <source>The password needs at least %1 characters.</source>
        <translation>密码至少要 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="50"/>
        <source>The password cannot be only spaces.</source>
        <translation>密码不能全是空格。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="51"/>
        <source>The password must not be the same as the name.</source>
        <translation>密码不能和名字一样。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="53"/>
        <source>Please give a password.</source>
        <translation>请设一个密码。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="54"/>
        <source>Your current password is not right.</source>
        <translation>当前密码不对。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="55"/>
        <source>This is the only administrator. Make someone else an administrator first.</source>
        <translation>这是唯一的管理员。请先让别人也成为管理员。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="57"/>
        <location filename="../../crm_desktop/ui/people/words.py" line="82"/>
        <source>This is the only administrator; the company needs one.</source>
        <translation>这是唯一的管理员，公司至少需要一位管理员。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="59"/>
        <location filename="../../crm_desktop/ui/people/words.py" line="81"/>
        <source>You cannot deactivate yourself.</source>
        <translation>不能停用自己。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="60"/>
        <source>Please type the department&apos;s name.</source>
        <translation>请输入部门名称。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="61"/>
        <source>There is already a department with this name.</source>
        <translation>已经有同名的部门了。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="63"/>
        <source>People still work in this department. Move them first.</source>
        <translation>这个部门还有人，请先把他们调到别的部门。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="65"/>
        <source>This department no longer exists.</source>
        <translation>这个部门已经不存在了。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="66"/>
        <source>Nobody can hand over to themselves. Please choose a colleague.</source>
        <translation>不能移交给自己，请选择一位同事。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="68"/>
        <source>%1 has been deactivated and cannot take over clients. Please choose an active colleague.</source>
        <translation>%1 已被停用，不能接手客户。请选择一位在职的同事。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="72"/>
        <source>Please choose who takes over.</source>
        <translation>请选择由谁接手。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="73"/>
        <source>Please choose the colleagues who share the clients.</source>
        <translation>请选择一起分担客户的同事。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="75"/>
        <source>Please tick at least one client.</source>
        <translation>请至少勾选一个客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="76"/>
        <source>Please choose a colleague for at least one grade.</source>
        <translation>请至少为一个等级选择同事。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="78"/>
        <source>Some clients would stay with this person. Hand them all over before deactivating.</source>
        <translation>还有客户会留在此人名下。请先全部移交，再停用。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="84"/>
        <source>This person holds nothing to hand over.</source>
        <translation>此人目前没有需要移交的内容。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="85"/>
        <source>This handover has already been taken back.</source>
        <translation>这次移交已经撤回过了。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/words.py" line="88"/>
        <source>There is nobody else in that department to hand over to. Choose colleagues by name instead.</source>
        <translation>这个部门里没有其他人可以接手。请直接按姓名选择同事。</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="138"/>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="139"/>
        <source>Add a person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="138"/>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="139"/>
        <source>Change a person</source>
        <translation>修改人员信息</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="141"/>
        <source>Staff see their own clients, managers their department&apos;s, administrators all.</source>
        <translation>员工看自己的客户，经理看本部门的客户，管理员能看全部。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="142"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="142"/>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="143"/>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="144"/>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="147"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="143"/>
        <source>Sign-in name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="144"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="145"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="146"/>
        <source>First password (they can change it later)</source>
        <translation>初始密码（以后本人可以修改）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/dialogs.py" line="150"/>
        <source>(no department)</source>
        <translation>（无部门）</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="371"/>
        <source>Please check: this is what each colleague gets.</source>
        <translation>请核对：每位同事将接手这些。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="372"/>
        <source>Nothing has changed yet.</source>
        <translation>现在还什么都没有改动。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="374"/>
        <source>Deactivate %1 at the end</source>
        <translation>最后停用%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="375"/>
        <source>They can no longer sign in; everything they did stays in the history.</source>
        <translation>停用后不能再登录，他做过的一切都保留在历史记录里。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="388"/>
        <source>%1: %2 clients, %3 open deals, %4 follow-ups, %5 complaints</source>
        <translation>%1：%2 个客户，%3 个进行中的商机，%4 项跟进，%5 个投诉</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="395"/>
        <source>Clients staying with %1: %2</source>
        <translation>仍由%1负责的客户：%2 个</translation>
    </message>
</context>
<context>
    <name>RecipientsStep</name>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="265"/>
        <source>To whom?</source>
        <translation>交给谁？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="266"/>
        <source>Only active colleagues can be chosen.</source>
        <translation>只能选择在职的同事。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="267"/>
        <source>The colleague who takes over</source>
        <translation>接手的同事</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="267"/>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="274"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="269"/>
        <source>Grade %1 clients go to</source>
        <translation>%1 级客户交给</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="270"/>
        <source>Tick the colleagues who share the clients:</source>
        <translation>勾选一起分担客户的同事：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="271"/>
        <source>Colleagues who share the clients</source>
        <translation>分担客户的同事</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="272"/>
        <source>Tick the clients to hand over:</source>
        <translation>勾选要移交的客户：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="273"/>
        <source>Clients to hand over</source>
        <translation>要移交的客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="274"/>
        <source>The ticked clients go to</source>
        <translation>勾选的客户交给</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="282"/>
        <source>(nobody)</source>
        <translation>（不移交）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="283"/>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="299"/>
        <source>(choose a colleague)</source>
        <translation>（请选择同事）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="332"/>
        <source>Please choose the colleague who takes over.</source>
        <translation>请选择接手的同事。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="335"/>
        <source>Please choose a colleague for at least one grade.</source>
        <translation>请至少为一个等级选择同事。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="337"/>
        <source>Please tick at least one colleague.</source>
        <translation>请至少勾选一位同事。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="340"/>
        <source>Please tick at least one client.</source>
        <translation>请至少勾选一个客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/handover.py" line="342"/>
        <source>Please choose the colleague who gets the ticked clients.</source>
        <translation>请选择接手所勾选客户的同事。</translation>
    </message>
</context>
<context>
    <name>SampleForm</name>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="154"/>
        <source>Example: a new client</source>
        <translation>示例：新建客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="155"/>
        <source>Client name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="155"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="156"/>
        <source>East China Trading</source>
        <translation>华东贸易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="157"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="159"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="160"/>
        <source>Save (example)</source>
        <translation>保存（示例）</translation>
    </message>
</context>
<context>
    <name>ServerStep</name>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="245"/>
        <source>The office server did not accept that name and password. Please check them (capital letters count) and try again.</source>
        <translation>办公室服务器不接受这个名字和密码。请检查一下（注意大小写），然后再试一次。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="248"/>
        <source>Could not reach the office server. Please check the address, and that this computer is connected to the office network.</source>
        <translation>连不上办公室服务器。请检查地址是否正确，以及这台电脑是否已连上办公室网络。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="251"/>
        <source>That server address is not understood. It looks like office-server/company; your administrator can tell you.</source>
        <translation>看不懂这个服务器地址。地址的样子是 office-server/company，可以向管理员询问。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="253"/>
        <source>That database is not set up as a CRM Desktop company server yet. Please ask your administrator.</source>
        <translation>这个数据库还没有设置成 CRM Desktop 的公司服务器。请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="256"/>
        <source>The office server was set up by a newer CRM Desktop. Please update CRM Desktop on this computer first.</source>
        <translation>办公室服务器是用更新版本的 CRM Desktop 设置的。请先更新这台电脑上的 CRM Desktop。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="258"/>
        <source>The office server is older than this CRM Desktop. Please ask your administrator to upgrade it.</source>
        <translation>办公室服务器的版本比这个 CRM Desktop 旧。请让管理员升级服务器。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="260"/>
        <source>This office server already holds a company. To join it, type the address without a name in front, and your own name and password.</source>
        <translation>这台办公室服务器上已经有公司了。要加入它，请输入前面不带名字的地址，再填上您自己的名字和密码。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="263"/>
        <source>There is no person with that name in the company on the office server.</source>
        <translation>办公室服务器上的公司里没有叫这个名字的人。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="265"/>
        <source>The connection to the office server was lost. Please press Finish again.</source>
        <translation>与办公室服务器的连接断了。请再按一次“完成”。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="270"/>
        <source>The office server could not be used: %1</source>
        <translation>无法使用办公室服务器：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="333"/>
        <source>Is this computer shared with an office server?</source>
        <translation>这台电脑是否与办公室服务器共享数据？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="334"/>
        <source>If you are not sure, choose the first answer. You can connect to a server later.</source>
        <translation>如果不确定，请选第一项。以后还可以再连接服务器。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="336"/>
        <source>No, only this computer</source>
        <translation>不，只用这台电脑</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="338"/>
        <source>Yes, with the office server</source>
        <translation>是，与办公室服务器共享</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="340"/>
        <source>Server address (your administrator gives it to you)</source>
        <translation>服务器地址（由管理员提供）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="341"/>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="342"/>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="343"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="342"/>
        <source>Your name (you sign in with it)</source>
        <translation>您的名字（登录时使用）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="343"/>
        <source>Your password for the server</source>
        <translation>您在服务器上的密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="344"/>
        <source>Test the connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="345"/>
        <source>Test the connection to the office server</source>
        <translation>测试与办公室服务器的连接</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="347"/>
        <source>Setting up a new, empty server? Put the name of the account it was set up with in front of the address (postgres@office-server/company) and type that account&apos;s password. You then make your company in the next steps, and Finish puts it on the server.</source>
        <translation>要设置一台全新的空服务器吗？请在地址前面加上设置服务器时用的账户名（例如 postgres@office-server/company），并输入该账户的密码。接下来几步里您来建立公司，按“完成”后公司就会放到服务器上。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="379"/>
        <source>Trying the office server…</source>
        <translation>正在连接办公室服务器……</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="410"/>
        <source>Connected. The server is empty: in the next steps you make your company, and Finish puts it on the server.</source>
        <translation>已连上。服务器是空的：接下来几步里您来建立公司，按“完成”后公司就会放到服务器上。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="413"/>
        <source>Connected. This computer joins your company on the office server as %1 and receives what you may see.</source>
        <translation>已连上。这台电脑将以 %1 的身份加入办公室服务器上的公司，并收到您有权查看的资料。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="449"/>
        <source>Please type the office server&apos;s address.</source>
        <translation>请输入办公室服务器的地址。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="451"/>
        <source>Please type your name.</source>
        <translation>请输入您的名字。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="453"/>
        <source>Please type your password for the server.</source>
        <translation>请输入您在服务器上的密码。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="463"/>
        <source>Please wait: the office server is being tried.</source>
        <translation>请稍候，正在连接办公室服务器。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="465"/>
        <source>Please press &quot;Test the connection&quot;.</source>
        <translation>请按“测试连接”。</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="692"/>
        <source>Set up CRM Desktop</source>
        <extracomment>The office-server part of Finish is over (True: done; False: the error is shown).</extracomment>
        <translation>设置 CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="755"/>
        <source>Sharing with the office server… The first time this can take a few minutes.</source>
        <translation>正在与办公室服务器共享数据……第一次可能需要几分钟。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="777"/>
        <source>Your company is set up on this computer, but it could not be put on the office server yet: %1 Press Finish to try again.</source>
        <translation>公司已在这台电脑上建好，但还没能放到办公室服务器上：%1 请按“完成”再试一次。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="799"/>
        <source>This computer is already set up. Please close this window and sign in.</source>
        <translation>这台电脑已经设置好了。请关闭此窗口，然后登录。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="802"/>
        <source>Please choose a longer password (Back to change it).</source>
        <translation>请设一个更长的密码（点“上一步”修改）。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="116"/>
        <source>Practice first</source>
        <translation>先练习一下</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="117"/>
        <source>Practice first, with made-up clients</source>
        <translation>先用虚构的客户练习</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="103"/>
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="112"/>
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="113"/>
        <source>Sign in</source>
        <extracomment>True when the person chose to practise first: start-up then opens practice mode.</extracomment>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="104"/>
        <source>Welcome. Please sign in.</source>
        <translation>欢迎！请登录。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="107"/>
        <source>Your name</source>
        <translation>您的名字</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="107"/>
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="108"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="108"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="109"/>
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="110"/>
        <source>Show the password</source>
        <translation>显示密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="111"/>
        <source>Caps Lock is on: letters come out as CAPITALS.</source>
        <translation>大写锁定键已打开：输入的字母会变成大写。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="114"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="115"/>
        <source>Close without signing in</source>
        <translation>不登录，直接关闭</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="145"/>
        <source>Please type your name.</source>
        <translation>请输入您的名字。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="155"/>
        <source>This account has been switched off. Please ask your administrator.</source>
        <translation>这个账户已被停用，请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="163"/>
        <source>The name or the password is not right. Please try again. (Is Caps Lock on? Is the language of the keyboard right?)</source>
        <translation>名字或密码不对，请再试一次。（是不是开了大写锁定？输入法对不对？）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="173"/>
        <source>The name or the password is not right, several times now. Please wait %n second(s), then try again.</source>
        <translation>
            <numerusform>名字或密码已经连续输错好几次了。请等 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/people/sign_in.py" line="181"/>
        <source>You can try again now.</source>
        <translation>现在可以再试了。</translation>
    </message>
</context>
<context>
    <name>SummaryStep</name>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="610"/>
        <source>Is this right?</source>
        <translation>这样对吗？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="611"/>
        <source>Press Finish to start. Press Back to change anything.</source>
        <translation>点“完成”开始使用。要修改，请点“上一步”。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="624"/>
        <source>Language: %1</source>
        <translation>语言：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="625"/>
        <source>Text size: %1 %</source>
        <translation>文字大小：%1 %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="629"/>
        <source>Data: shared with the office server %1</source>
        <translation>数据：与办公室服务器 %1 共享</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="630"/>
        <source>This computer joins your company as %1 and receives what you may see.</source>
        <translation>这台电脑以 %1 的身份加入公司，并收到您有权查看的资料。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="635"/>
        <source>Data: on this computer, shared with the office server %1</source>
        <translation>数据：保存在这台电脑上，并与办公室服务器 %1 共享</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="637"/>
        <source>Data: on this computer only</source>
        <translation>数据：只保存在这台电脑上</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="639"/>
        <source>Company: %1</source>
        <translation>公司：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="640"/>
        <source>Administrator: %1</source>
        <translation>管理员：%1</translation>
    </message>
</context>
<context>
    <name>TextSizeStep</name>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="187"/>
        <source>Which text size is comfortable to read?</source>
        <translation>多大的字看起来舒服？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="188"/>
        <source>The example below shows a real form at this size. You can change it any time with Ctrl + and Ctrl -.</source>
        <translation>下面的示例是按这个大小显示的真实表单。随时可以用 Ctrl + 和 Ctrl - 调整。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/setup.py" line="191"/>
        <source>Text size %1 percent</source>
        <translation>文字大小百分之 %1</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../../crm_desktop/ui/wizards/base.py" line="252"/>
        <source>This could not be done, and nothing was changed. %1</source>
        <extracomment>Keys of the saved draft besides the answers themselves. Stable name of the step: objectNames, drafts and tests use it. The help page F1 opens on this step (the wizard&apos;s own when empty). Name of the draft kept on Cancel (one per wizard kind and person). Help page for steps that name none. Answer fields never written to a draft (passwords). F1 or the Help button: the help page id to open. After a successful finish: what the service returned.</extracomment>
        <translation>没能完成，什么都没有改动。%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/base.py" line="377"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/base.py" line="377"/>
        <source>Go back one step</source>
        <translation>返回上一步</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/base.py" line="379"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/base.py" line="379"/>
        <source>Go on to the next step</source>
        <translation>继续下一步</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/base.py" line="381"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/base.py" line="381"/>
        <source>Finish and save</source>
        <translation>完成并保存</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/base.py" line="383"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/base.py" line="383"/>
        <source>Stop for now; your answers are kept</source>
        <translation>先停下，已填的内容会保留</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/base.py" line="385"/>
        <source>Help (F1)</source>
        <translation>帮助 (F1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/wizards/base.py" line="385"/>
        <source>Help for this step</source>
        <translation>这一步的帮助</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../crm_desktop/ui/people/screens.py" line="61"/>
        <source>The name or the password is not right. Please try again. (Is Caps Lock on? Is the language of the keyboard right?)</source>
        <translation>名字或密码不对，请再试一次。（是不是开了大写锁定？输入法对不对？）</translation>
    </message>
</context>
</TS>
