<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AdministratorStep</name>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="542" />
            <source>Who are you? You will look after CRM Desktop.</source>
            <translation>您是谁？由您来管理 CRM Desktop。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="543" />
            <source>You become the administrator: you add your colleagues and can hand clients over.</source>
            <translation>您将成为管理员：由您添加同事，也可以把客户移交给别人。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="545" />
            <source>Your name (you sign in with it)</source>
            <translation>您的名字（登录时使用）</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="545" />
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="546" />
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="547" />
            <source>required</source>
            <translation>必填</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="546" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="547" />
            <source>The same password again</source>
            <translation>再输一遍密码</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="548" />
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="549" />
            <source>Show the password</source>
            <translation>显示密码</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="551" />
            <source>A good password is long rather than strange: three or four words you can remember, like "green tea at nine". At least %1 characters. Do not use your name.</source>
            <translation>好密码不在于古怪，而在于够长：用三四个自己记得住的词，比如“九点喝绿茶”。至少 %1 个字符，不要用自己的名字。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="571" />
            <source>Please type your name.</source>
            <translation>请输入您的名字。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="573" />
            <source>Please choose a password.</source>
            <translation>请设一个密码。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="576" />
            <source>The password needs at least %1 characters.</source>
            <translation>密码至少要 %1 个字符。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="579" />
            <source>The password must not be your name.</source>
            <translation>密码不能和名字一样。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="581" />
            <source>The two passwords are not the same yet.</source>
            <translation>两次输入的密码还不一样。</translation>
        </message>
    </context>
    <context>
        <name>CompanyStep</name>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="494" />
            <source>What is your company called?</source>
            <translation>贵公司叫什么名字？</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="495" />
            <source>It is shown at the top of reports and on the sign-in window.</source>
            <translation>公司名称会显示在报表顶部和登录窗口上。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="497" />
            <source>Company name</source>
            <translation>公司名称</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="497" />
            <source>required</source>
            <translation>必填</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="506" />
            <source>Please type the company's name.</source>
            <translation>请输入公司名称。</translation>
        </message>
    </context>
    <context>
        <name>LanguageStep</name>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="94" />
            <source>The program will speak this language. You can change it later under My settings.</source>
            <extracomment>What the connection test found: "join" (a company is there) or "empty".</extracomment>
            <translation>程序会用这种语言显示。以后可以在“我的设置”里更改。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="96" />
            <source>Not ready yet? Try everything first with made-up clients. Nothing you do there is real.</source>
            <translation>还没准备好？可以先用虚构的客户练习一下，在练习里做什么都不会当真。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="98" />
            <source>Practice first</source>
            <translation>先练习一下</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="99" />
            <source>Practice first, with made-up clients</source>
            <translation>先用虚构的客户练习</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="121" />
            <source>Please choose a language.</source>
            <translation>请选择一种语言。</translation>
        </message>
    </context>
    <context>
        <name>SampleForm</name>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="154" />
            <source>Example: a new client</source>
            <translation>示例：新建客户</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="155" />
            <source>Client name</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="155" />
            <source>required</source>
            <translation>必填</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="156" />
            <source>East China Trading</source>
            <translation>华东贸易</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="157" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="159" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="160" />
            <source>Save (example)</source>
            <translation>保存（示例）</translation>
        </message>
    </context>
    <context>
        <name>ServerStep</name>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="244" />
            <source>The office server did not accept that name and password. Please check them (capital letters count) and try again.</source>
            <translation>办公室服务器不接受这个名字和密码。请检查一下（注意大小写），然后再试一次。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="247" />
            <source>Could not reach the office server. Please check the address, and that this computer is connected to the office network.</source>
            <translation>连不上办公室服务器。请检查地址是否正确，以及这台电脑是否已连上办公室网络。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="250" />
            <source>That server address is not understood. It looks like office-server/company; your administrator can tell you.</source>
            <translation>看不懂这个服务器地址。地址的样子是 office-server/company，可以向管理员询问。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="252" />
            <source>That database is not set up as a CRM Desktop company server yet. Please ask your administrator.</source>
            <translation>这个数据库还没有设置成 CRM Desktop 的公司服务器。请联系管理员。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="255" />
            <source>The office server was set up by a newer CRM Desktop. Please update CRM Desktop on this computer first.</source>
            <translation>办公室服务器是用更新版本的 CRM Desktop 设置的。请先更新这台电脑上的 CRM Desktop。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="257" />
            <source>The office server is older than this CRM Desktop. Please ask your administrator to upgrade it.</source>
            <translation>办公室服务器的版本比这个 CRM Desktop 旧。请让管理员升级服务器。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="259" />
            <source>This office server already holds a company. To join it, type the address without a name in front, and your own name and password.</source>
            <translation>这台办公室服务器上已经有公司了。要加入它，请输入前面不带名字的地址，再填上您自己的名字和密码。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="262" />
            <source>There is no person with that name in the company on the office server.</source>
            <translation>办公室服务器上的公司里没有叫这个名字的人。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="264" />
            <source>The connection to the office server was lost. Please press Finish again.</source>
            <translation>与办公室服务器的连接断了。请再按一次“完成”。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="269" />
            <source>The office server could not be used: %1</source>
            <translation>无法使用办公室服务器：%1</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="332" />
            <source>Is this computer shared with an office server?</source>
            <translation>这台电脑是否与办公室服务器共享数据？</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="333" />
            <source>If you are not sure, choose the first answer. You can connect to a server later.</source>
            <translation>如果不确定，请选第一项。以后还可以再连接服务器。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="335" />
            <source>No, only this computer</source>
            <translation>不，只用这台电脑</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="337" />
            <source>Yes, with the office server</source>
            <translation>是，与办公室服务器共享</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="339" />
            <source>Server address (your administrator gives it to you)</source>
            <translation>服务器地址（由管理员提供）</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="340" />
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="341" />
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="342" />
            <source>required</source>
            <translation>必填</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="341" />
            <source>Your name (you sign in with it)</source>
            <translation>您的名字（登录时使用）</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="342" />
            <source>Your password for the server</source>
            <translation>您在服务器上的密码</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="343" />
            <source>Test the connection</source>
            <translation>测试连接</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="344" />
            <source>Test the connection to the office server</source>
            <translation>测试与办公室服务器的连接</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="346" />
            <source>Setting up a new, empty server? Put the name of the account it was set up with in front of the address (postgres@office-server/company) and type that account's password. You then make your company in the next steps, and Finish puts it on the server.</source>
            <translation>要设置一台全新的空服务器吗？请在地址前面加上设置服务器时用的账户名（例如 postgres@office-server/company），并输入该账户的密码。接下来几步里您来建立公司，按“完成”后公司就会放到服务器上。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="378" />
            <source>Trying the office server…</source>
            <translation>正在连接办公室服务器……</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="405" />
            <source>Connected. The server is empty: in the next steps you make your company, and Finish puts it on the server.</source>
            <translation>已连上。服务器是空的：接下来几步里您来建立公司，按“完成”后公司就会放到服务器上。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="408" />
            <source>Connected. This computer joins your company on the office server as %1 and receives what you may see.</source>
            <translation>已连上。这台电脑将以 %1 的身份加入办公室服务器上的公司，并收到您有权查看的资料。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="444" />
            <source>Please type the office server's address.</source>
            <translation>请输入办公室服务器的地址。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="446" />
            <source>Please type your name.</source>
            <translation>请输入您的名字。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="448" />
            <source>Please type your password for the server.</source>
            <translation>请输入您在服务器上的密码。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="458" />
            <source>Please wait: the office server is being tried.</source>
            <translation>请稍候，正在连接办公室服务器。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="460" />
            <source>Please press "Test the connection".</source>
            <translation>请按“测试连接”。</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="687" />
            <source>Set up CRM Desktop</source>
            <extracomment>The office-server part of Finish is over (True: done; False: the error is shown).</extracomment>
            <translation>设置 CRM Desktop</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="750" />
            <source>Sharing with the office server… The first time this can take a few minutes.</source>
            <translation>正在与办公室服务器共享数据……第一次可能需要几分钟。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="772" />
            <source>Your company is set up on this computer, but it could not be put on the office server yet: %1 Press Finish to try again.</source>
            <translation>公司已在这台电脑上建好，但还没能放到办公室服务器上：%1 请按“完成”再试一次。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="794" />
            <source>This computer is already set up. Please close this window and sign in.</source>
            <translation>这台电脑已经设置好了。请关闭此窗口，然后登录。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="797" />
            <source>Please choose a longer password (Back to change it).</source>
            <translation>请设一个更长的密码（点“上一步”修改）。</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
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
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="605" />
            <source>Is this right?</source>
            <translation>这样对吗？</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="606" />
            <source>Press Finish to start. Press Back to change anything.</source>
            <translation>点“完成”开始使用。要修改，请点“上一步”。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="619" />
            <source>Language: %1</source>
            <translation>语言：%1</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="620" />
            <source>Text size: %1 %</source>
            <translation>文字大小：%1 %</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="624" />
            <source>Data: shared with the office server %1</source>
            <translation>数据：与办公室服务器 %1 共享</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="625" />
            <source>This computer joins your company as %1 and receives what you may see.</source>
            <translation>这台电脑以 %1 的身份加入公司，并收到您有权查看的资料。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="630" />
            <source>Data: on this computer, shared with the office server %1</source>
            <translation>数据：保存在这台电脑上，并与办公室服务器 %1 共享</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="632" />
            <source>Data: on this computer only</source>
            <translation>数据：只保存在这台电脑上</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="634" />
            <source>Company: %1</source>
            <translation>公司：%1</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="635" />
            <source>Administrator: %1</source>
            <translation>管理员：%1</translation>
        </message>
    </context>
    <context>
        <name>TextSizeStep</name>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="187" />
            <source>Which text size is comfortable to read?</source>
            <translation>多大的字看起来舒服？</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="188" />
            <source>The example below shows a real form at this size. You can change it any time with Ctrl + and Ctrl -.</source>
            <translation>下面的示例是按这个大小显示的真实表单。随时可以用 Ctrl + 和 Ctrl - 调整。</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/setup.py" line="191" />
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
