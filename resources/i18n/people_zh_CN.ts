<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AdministratorStep</name>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="309" />
            <source>Who are you? You will look after CRM Desktop.</source>
            <translation>您是谁？由您来管理 CRM Desktop。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="310" />
            <source>You become the administrator: you add your colleagues and can hand clients over.</source>
            <translation>您将成为管理员：由您添加同事，也可以把客户移交给别人。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="312" />
            <source>Your name (you sign in with it)</source>
            <translation>您的名字（登录时用）</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="312" />
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="313" />
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="314" />
            <source>required</source>
            <translation>必填</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="313" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="314" />
            <source>The same password again</source>
            <translation>再输一遍密码</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="315" />
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="316" />
            <source>Show the password</source>
            <translation>显示密码</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="318" />
            <source>A good password is long rather than strange: three or four words you can remember, like "green tea at nine". At least %1 characters. Do not use your name.</source>
            <translation>好密码不在于古怪，而在于够长：用三四个自己记得住的词，比如“九点喝绿茶”。至少 %1 个字符，不要用自己的名字。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="336" />
            <source>Please type your name.</source>
            <translation>请输入您的名字。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="338" />
            <source>Please choose a password.</source>
            <translation>请设一个密码。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="341" />
            <source>The password needs at least %1 characters.</source>
            <translation>密码至少要 %1 个字符。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="344" />
            <source>The password must not be your name.</source>
            <translation>密码不能和名字一样。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="346" />
            <source>The two passwords are not the same yet.</source>
            <translation>两次输入的密码还不一样。</translation>
        </message>
    </context>
    <context>
        <name>CompanyStep</name>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="261" />
            <source>What is your company called?</source>
            <translation>贵公司叫什么名字？</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="262" />
            <source>It is shown at the top of reports and on the sign-in window.</source>
            <translation>公司名称会显示在报表顶部和登录窗口上。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="264" />
            <source>Company name</source>
            <translation>公司名称</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="264" />
            <source>required</source>
            <translation>必填</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="273" />
            <source>Please type the company's name.</source>
            <translation>请输入公司名称。</translation>
        </message>
    </context>
    <context>
        <name>LanguageStep</name>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="79" />
            <source>The program will speak this language. You can change it later under My settings.</source>
            <translation>程序会用这种语言显示。以后可以在“我的设置”里更改。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="81" />
            <source>Not ready yet? Try everything first with made-up clients. Nothing you do there is real.</source>
            <translation>还没准备好？可以先用虚构的客户练习一下，在练习里做什么都不会当真。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="83" />
            <source>Practice first</source>
            <translation>先练习一下</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="84" />
            <source>Practice first, with made-up clients</source>
            <translation>先用虚构的客户练习</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="106" />
            <source>Please choose a language.</source>
            <translation>请选择一种语言。</translation>
        </message>
    </context>
    <context>
        <name>SampleForm</name>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="139" />
            <source>Example: a new client</source>
            <translation>示例：新建客户</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="140" />
            <source>Client name</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="140" />
            <source>required</source>
            <translation>必填</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="141" />
            <source>East China Trading</source>
            <translation>华东贸易</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="142" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="144" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="145" />
            <source>Save (example)</source>
            <translation>保存（示例）</translation>
        </message>
    </context>
    <context>
        <name>ServerStep</name>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="221" />
            <source>Is this computer shared with an office server?</source>
            <translation>这台电脑是否与办公室服务器共享数据？</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="222" />
            <source>If you are not sure, choose the first answer. You can connect to a server later.</source>
            <translation>如果不确定，请选第一项。以后还可以再连接服务器。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="224" />
            <source>No, only this computer</source>
            <translation>不，只用这台电脑</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="226" />
            <source>Yes, we have an office server</source>
            <translation>是的，我们有办公室服务器</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="229" />
            <source>Connecting to an office server comes with a later update of CRM Desktop. For now, set up this computer on its own; your data can be shared later.</source>
            <translation>连接办公室服务器的功能会在 CRM Desktop 以后的更新中提供。现在请先单独设置这台电脑，数据以后还可以共享。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="240" />
            <source>An office server cannot be connected yet. Please choose "No, only this computer" for now.</source>
            <translation>现在还不能连接办公室服务器。请先选“不，只用这台电脑”。</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="418" />
            <source>Set up CRM Desktop</source>
            <translation>设置 CRM Desktop</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="437" />
            <source>This computer is already set up. Please close this window and sign in.</source>
            <translation>这台电脑已经设置好了。请关闭此窗口，然后登录。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="440" />
            <source>Please choose a longer password (Back to change it).</source>
            <translation>请设一个更长的密码（点“上一步”修改）。</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Practice first</source>
            <translation>先练习一下</translation>
        </message>
        <message>
            <source>Practice first, with made-up clients</source>
            <translation>先用虚构的客户练习</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/people/sign_in.py" line="94" />
            <location filename="../../crm_desktop/ui/people/sign_in.py" line="103" />
            <location filename="../../crm_desktop/ui/people/sign_in.py" line="104" />
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/people/sign_in.py" line="95" />
            <source>Welcome. Please sign in.</source>
            <translation>欢迎！请登录。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/people/sign_in.py" line="98" />
            <source>Your name</source>
            <translation>您的名字</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/people/sign_in.py" line="98" />
            <location filename="../../crm_desktop/ui/people/sign_in.py" line="99" />
            <source>required</source>
            <translation>必填</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/people/sign_in.py" line="99" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/people/sign_in.py" line="100" />
            <location filename="../../crm_desktop/ui/people/sign_in.py" line="101" />
            <source>Show the password</source>
            <translation>显示密码</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/people/sign_in.py" line="102" />
            <source>Caps Lock is on: letters come out as CAPITALS.</source>
            <translation>大写锁定键已打开：输入的字母会变成大写。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/people/sign_in.py" line="105" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/people/sign_in.py" line="106" />
            <source>Close without signing in</source>
            <translation>不登录，直接关闭</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/people/sign_in.py" line="128" />
            <source>Please type your name.</source>
            <translation>请输入您的名字。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/people/sign_in.py" line="138" />
            <source>This account has been switched off. Please ask your administrator.</source>
            <translation>这个账户已被停用，请联系管理员。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/people/sign_in.py" line="146" />
            <source>The name or the password is not right. Please try again. (Is Caps Lock on? Is the language of the keyboard right?)</source>
            <translation>名字或密码不对，请再试一次。（是不是开了大写锁定？输入法对不对？）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../crm_desktop/ui/people/sign_in.py" line="156" />
            <source>The name or the password is not right, several times now. Please wait %n second(s), then try again.</source>
            <translation>
                <numerusform>名字或密码已经连续输错好几次了。请等 %n 秒后再试。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/people/sign_in.py" line="164" />
            <source>You can try again now.</source>
            <translation>现在可以再试了。</translation>
        </message>
    </context>
    <context>
        <name>SummaryStep</name>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="367" />
            <source>Is this right?</source>
            <translation>这样对吗？</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="368" />
            <source>Press Finish to start. Press Back to change anything.</source>
            <translation>点“完成”开始使用。要修改，请点“上一步”。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="381" />
            <source>Language: %1</source>
            <translation>语言：%1</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="382" />
            <source>Text size: %1 %</source>
            <translation>文字大小：%1 %</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="383" />
            <source>Data: on this computer only</source>
            <translation>数据：只保存在这台电脑上</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="384" />
            <source>Company: %1</source>
            <translation>公司：%1</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="385" />
            <source>Administrator: %1</source>
            <translation>管理员：%1</translation>
        </message>
    </context>
    <context>
        <name>TextSizeStep</name>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="172" />
            <source>Which text size is comfortable to read?</source>
            <translation>多大的字看起来舒服？</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="173" />
            <source>The example below shows a real form at this size. You can change it any time with Ctrl + and Ctrl -.</source>
            <translation>下面的示例是按这个大小显示的真实表单。随时可以用 Ctrl + 和 Ctrl - 调整。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="176" />
            <source>Text size %1 percent</source>
            <translation>文字大小百分之 %1</translation>
        </message>
    </context>
    <context>
        <name>Wizard</name>
        <message>
            <location filename="../../crm_desktop/ui/wizards/base.py" line="218" />
            <source>This could not be done, and nothing was changed. %1</source>
            <extracomment>Keys of the saved draft besides the answers themselves. Stable name of the step: objectNames, drafts and tests use it. The help page F1 opens on this step (the wizard's own when empty). Name of the draft kept on Cancel (one per wizard kind and person). Help page for steps that name none. Answer fields never written to a draft (passwords). F1 or the Help button: the help page id to open. After a successful finish: what the service returned.</extracomment>
            <translation>没能完成，什么都没有改动。%1</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/base.py" line="336" />
            <source>Back</source>
            <translation>上一步</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/base.py" line="336" />
            <source>Go back one step</source>
            <translation>返回上一步</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/base.py" line="338" />
            <source>Next</source>
            <translation>下一步</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/base.py" line="338" />
            <source>Go on to the next step</source>
            <translation>继续下一步</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/base.py" line="340" />
            <source>Finish</source>
            <translation>完成</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/base.py" line="340" />
            <source>Finish and save</source>
            <translation>完成并保存</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/base.py" line="342" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/base.py" line="342" />
            <source>Stop for now; your answers are kept</source>
            <translation>先停下，已填的内容会保留</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/base.py" line="344" />
            <source>Help (F1)</source>
            <translation>帮助 (F1)</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/base.py" line="344" />
            <source>Help for this step</source>
            <translation>这一步的帮助</translation>
        </message>
    </context>
</TS>
