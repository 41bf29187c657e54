<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ClientCard</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="51"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="52"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="53"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="54"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="153"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="154"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="156"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="156"/>
        <source>Works at (&amp;company)</source>
        <translation>所在公司(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="157"/>
        <source>&amp;Phone numbers</source>
        <translation>电话号码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="157"/>
        <source>&amp;E-mail addresses</source>
        <translation>电子邮箱(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="158"/>
        <source>A&amp;ddress</source>
        <translation>地址(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="158"/>
        <source>&amp;Website</source>
        <translation>网站(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="159"/>
        <source>Where they came &amp;from</source>
        <translation>客户来源(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="159"/>
        <source>&amp;Tags</source>
        <translation>标签(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="160"/>
        <source>&amp;Grade</source>
        <translation>客户等级(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="160"/>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="166"/>
        <location filename="../../crm_desktop/ui/clients/card.py" line="167"/>
        <source>People at this client</source>
        <translation>该客户的联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="168"/>
        <source>Add a &amp;person</source>
        <translation>添加联系人(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="169"/>
        <source>Add a contact person</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="170"/>
        <source>&amp;Undo last change</source>
        <translation>撤销上一步修改(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="171"/>
        <source>Undo the last change</source>
        <translation>撤销上一步修改</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="172"/>
        <source>&amp;History</source>
        <translation>修改记录(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="173"/>
        <source>Show every change to this client</source>
        <translation>查看该客户的所有修改记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="174"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="175"/>
        <source>Send this client to the Recycle Bin</source>
        <translation>把该客户移到回收站</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="176"/>
        <source>&amp;Merge with a duplicate</source>
        <translation>与重复客户合并(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="177"/>
        <source>Merge this client with a duplicate</source>
        <translation>把该客户与重复的客户合并</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="178"/>
        <source>Correct who &amp;brought them in</source>
        <translation>更正客户开发人(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="179"/>
        <source>Correct who brought this client in</source>
        <translation>更正是谁开发了这个客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="180"/>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="181"/>
        <source>Close the client card</source>
        <translation>关闭客户资料</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="194"/>
        <source>Brought in by %1 on %2</source>
        <translation>由 %1 于 %2 开发</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="195"/>
        <location filename="../../crm_desktop/ui/clients/card.py" line="199"/>
        <source>someone unknown</source>
        <translation>未知同事</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="198"/>
        <source>Brought in by %1</source>
        <translation>由 %1 开发</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="200"/>
        <source>Owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="200"/>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="204"/>
        <source>This client is in the Recycle Bin.</source>
        <translation>该客户在回收站里。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="263"/>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="277"/>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="300"/>
        <source>Who brought this client in?</source>
        <translation>这个客户是谁开发的？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="301"/>
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="304"/>
        <source>Why the change?</source>
        <translation>为什么要修改？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="305"/>
        <source>Reason (kept in the history)</source>
        <translation>原因（会记入修改记录）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="313"/>
        <source>Please give a reason for the change.</source>
        <translation>请写明修改原因。</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="54"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="55"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="56"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="57"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="58"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="59"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="60"/>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="66"/>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="67"/>
        <source>Active</source>
        <translation>合作中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="68"/>
        <source>Inactive</source>
        <translation>暂停合作</translation>
    </message>
</context>
<context>
    <name>ClientMessages</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="16"/>
        <source>Please fill this in.</source>
        <translation>请填写这一项。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="17"/>
        <source>This is too long. Please shorten it to %1 characters or fewer.</source>
        <translation>内容太长了，请缩短到 %1 个字以内。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="20"/>
        <source>Please remove the emoji or picture symbols.</source>
        <translation>请删掉表情符号或图案。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="23"/>
        <source>A word here mixes alphabets (for example Latin and Cyrillic letters). Check the keyboard language and type it again.</source>
        <translation>这里有个词混用了不同文字（比如拉丁字母和俄文字母）。请检查输入法后重新输入。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="28"/>
        <source>This contains invisible characters. Please type it again.</source>
        <translation>这里含有看不见的字符，请重新输入。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="31"/>
        <source>Too many entries. At most %1 are allowed.</source>
        <translation>填得太多了，最多只能填 %1 个。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="34"/>
        <source>Please choose one of the offered values.</source>
        <translation>请从给出的选项中选择一个。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="37"/>
        <source>Please type the phone number.</source>
        <translation>请输入电话号码。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="40"/>
        <source>“%2” is too short for a phone number. Check the digits.</source>
        <translation>“%2”作为电话号码太短了，请核对数字。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="43"/>
        <source>“%2” is too long for a phone number. Check the digits.</source>
        <translation>“%2”作为电话号码太长了，请核对数字。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="46"/>
        <source>“%2” is not a phone number. Type it with digits, for example 138 0013 8000.</source>
        <translation>“%2”不是电话号码。请用数字输入，例如 138 0013 8000。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="50"/>
        <source>Please type the e-mail address.</source>
        <translation>请输入电子邮箱。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="53"/>
        <source>“%2” has no @. An e-mail address looks like name@example.com.</source>
        <translation>“%2”里没有 @。邮箱地址的格式像 name@example.com。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="56"/>
        <source>The part after @ in “%2” is not right. It should look like example.com.</source>
        <translation>“%2”中 @ 后面的部分不对，应该像 example.com 这样。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="60"/>
        <source>The part before @ in “%2” is not right. Check for spaces.</source>
        <translation>“%2”中 @ 前面的部分不对，请检查有没有空格。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="63"/>
        <source>“%2” is too long for an e-mail address.</source>
        <translation>“%2”作为邮箱地址太长了。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="66"/>
        <source>Please choose a colleague from the list.</source>
        <translation>请从列表中选择一位同事。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="71"/>
        <source>Please check this field.</source>
        <translation>请检查这一项。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="78"/>
        <source>the same phone number</source>
        <translation>相同的电话号码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="79"/>
        <source>the same e-mail address</source>
        <translation>相同的电子邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="80"/>
        <source>a very similar name</source>
        <translation>非常相似的名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="81"/>
        <source>a company of the same name</source>
        <translation>同名的公司</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="82"/>
        <source>a contact person of the same name</source>
        <translation>同名的联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="85"/>
        <source>the same company</source>
        <translation>同一家公司</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="87"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="98"/>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="113"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="102"/>
        <source>%1 (owner %2) has %3.</source>
        <translation>%1（负责人：%2）有%3。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="106"/>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="110"/>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/messages.py" line="117"/>
        <source>A client of %1 has %2. You cannot open it, but you can ask them.</source>
        <translation>%1 的一个客户有%2。您无权打开，但可以问问 TA。</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="114"/>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="117"/>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="147"/>
        <source>Clients</source>
        <extracomment>Quick filters: (key, scope, grade, status)</extracomment>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="118"/>
        <source>&amp;Find a client: name, pinyin, phone digits or e-mail</source>
        <translation>查找客户(&amp;F)：名称、拼音、电话号码或邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="119"/>
        <source>For example: 张伟, zw, Иванов, 8000</source>
        <translation>例如：张伟、zw、Иванов、8000</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="120"/>
        <source>Find a client</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="121"/>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="122"/>
        <source>Which clients to show</source>
        <translation>显示哪些客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="124"/>
        <source>All clients I can see</source>
        <translation>我能看到的所有客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="125"/>
        <source>My clients</source>
        <translation>我的客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="126"/>
        <source>Clients I brought in</source>
        <translation>我开发的客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="127"/>
        <source>Grade A clients</source>
        <translation>A 类客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="128"/>
        <source>Grade B clients</source>
        <translation>B 类客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="129"/>
        <source>Grade C clients</source>
        <translation>C 类客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="130"/>
        <source>Prospects</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="131"/>
        <source>Active clients</source>
        <translation>合作中的客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="132"/>
        <source>Inactive clients</source>
        <translation>暂停合作的客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="141"/>
        <source>&amp;New client</source>
        <translation>新建客户(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="142"/>
        <source>Add a new client</source>
        <translation>添加新客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="143"/>
        <source>&amp;Open client</source>
        <translation>打开客户(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="144"/>
        <source>Bring in from a file…</source>
        <translation>从文件导入…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="145"/>
        <source>Bring in clients from a file</source>
        <translation>从文件导入客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="146"/>
        <source>Open the selected client</source>
        <translation>打开选中的客户</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="178"/>
        <source>More than %n client(s) match. Type more to narrow the list.</source>
        <translation>
            <numerusform>符合条件的客户超过 %n 位。请再多输入几个字，缩小范围。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="180"/>
        <source>No client matches “%1”.</source>
        <translation>没有找到与“%1”相符的客户。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/clients/list_page.py" line="183"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>共 %n 位客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="346"/>
        <source>Add a person</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="347"/>
        <source>A person at this client</source>
        <translation>该客户的联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="348"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="349"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="349"/>
        <source>&amp;Position</source>
        <translation>职务(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="350"/>
        <source>P&amp;hone numbers</source>
        <translation>电话号码(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="350"/>
        <source>&amp;E-mail addresses</source>
        <translation>电子邮箱(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="353"/>
        <source>&amp;Save person</source>
        <translation>保存联系人(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="354"/>
        <source>Save this person</source>
        <translation>保存这位联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="355"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="356"/>
        <source>Cancel without saving</source>
        <translation>取消，不保存</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge.py" line="82"/>
        <location filename="../../crm_desktop/ui/clients/merge.py" line="83"/>
        <source>Merge two clients</source>
        <translation>合并两个客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge.py" line="85"/>
        <source>Choose which value stays for each line. Phone numbers, e-mails and tags of both are kept. People, activities and history move over. The other client goes to the Recycle Bin.</source>
        <translation>请逐行选择保留哪个值。两边的电话、邮箱和标签都会保留，联系人、跟进记录和修改记录会一并转过来，另一个客户会移到回收站。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge.py" line="88"/>
        <source>&amp;Which client is the same as this one?</source>
        <translation>哪个客户和这个是同一个？(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge.py" line="89"/>
        <source>The client to merge into this one</source>
        <translation>要并入本客户的客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge.py" line="90"/>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge.py" line="91"/>
        <source>Merge the two clients</source>
        <translation>合并这两个客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge.py" line="92"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge.py" line="93"/>
        <source>Cancel without merging</source>
        <translation>取消，不合并</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge.py" line="127"/>
        <source>No similar client found.</source>
        <translation>没有找到相似的客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge.py" line="131"/>
        <source>Keep this client&apos;s value</source>
        <translation>保留本客户的值</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge.py" line="132"/>
        <source>Take the other client&apos;s value</source>
        <translation>采用另一个客户的值</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge.py" line="142"/>
        <source>Keep %1</source>
        <translation>保留%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge.py" line="143"/>
        <source>Take the other %1</source>
        <translation>采用另一个的%1</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="174"/>
        <location filename="../../crm_desktop/ui/clients/form.py" line="175"/>
        <source>New client</source>
        <extracomment>The client to open after the dialog closes (saved, or the existing one chosen).</extracomment>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="176"/>
        <source>Your unfinished client was brought back. Carry on typing.</source>
        <translation>已恢复您上次没填完的客户资料，请继续填写。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="177"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="179"/>
        <source>&amp;Name of the company or person</source>
        <translation>公司或个人名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="180"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="181"/>
        <source>Works at (&amp;company)</source>
        <translation>所在公司(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="181"/>
        <source>Only for a person</source>
        <translation>仅限个人客户填写</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="182"/>
        <source>&amp;Phone numbers</source>
        <translation>电话号码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="182"/>
        <location filename="../../crm_desktop/ui/clients/form.py" line="183"/>
        <location filename="../../crm_desktop/ui/clients/form.py" line="188"/>
        <source>Separate several with commas</source>
        <translation>多个请用逗号隔开</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="183"/>
        <source>&amp;E-mail addresses</source>
        <translation>电子邮箱(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="184"/>
        <source>&amp;Brought in by</source>
        <translation>开发人(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="185"/>
        <source>The colleague who found this client</source>
        <translation>找到这个客户的同事</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="186"/>
        <source>&amp;Grade</source>
        <translation>客户等级(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="187"/>
        <source>Where they came &amp;from</source>
        <translation>客户来源(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="187"/>
        <source>For example: trade fair</source>
        <translation>例如：展会</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="188"/>
        <source>&amp;Tags</source>
        <translation>标签(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="189"/>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="193"/>
        <source>A company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="194"/>
        <source>A person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="195"/>
        <source>A: most important</source>
        <translation>A：重点客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="195"/>
        <source>B: regular</source>
        <translation>B：普通客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="196"/>
        <source>C: occasional</source>
        <translation>C：偶尔往来</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="200"/>
        <source>&amp;Open the existing client</source>
        <translation>打开已有的客户(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="201"/>
        <source>Open the existing client</source>
        <translation>打开已有的客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="202"/>
        <source>&amp;Add this person as a contact of that company</source>
        <translation>把此人添加为该公司的联系人(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="203"/>
        <source>Add this person as a contact of that company</source>
        <translation>把此人添加为该公司的联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="204"/>
        <source>Save anyway: it is a &amp;different client</source>
        <translation>仍然保存：这是另一个客户(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="205"/>
        <source>Save anyway, it is a different client</source>
        <translation>仍然保存，这是另一个客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="206"/>
        <source>&amp;Save client</source>
        <translation>保存客户(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="207"/>
        <source>Save the new client</source>
        <translation>保存新客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="208"/>
        <source>Close (your typing is kept)</source>
        <translation>关闭（已填内容会保留）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="209"/>
        <source>Close, keeping what you typed</source>
        <translation>关闭并保留已填内容</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="199"/>
        <location filename="../../crm_desktop/ui/clients/form.py" line="274"/>
        <source>This client may already be in the program.</source>
        <translation>这个客户可能已经录入过了。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/form.py" line="275"/>
        <source>A similar client is already in the program.</source>
        <translation>系统里已有一个相似的客户。</translation>
    </message>
</context>
</TS>
