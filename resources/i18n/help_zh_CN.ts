<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Help</name>
    <message>
        <location filename="../../crm_desktop/ui/help/hub.py" line="138"/>
        <source>&amp;Help for this screen</source>
        <translation>这个画面的帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/hub.py" line="139"/>
        <source>Help &amp;contents and search</source>
        <translation>帮助目录和搜索(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/hub.py" line="140"/>
        <source>Our company&apos;s &amp;work instructions</source>
        <translation>本公司的工作说明(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/hub.py" line="142"/>
        <source>&amp;Practice first (nothing is real)</source>
        <translation>先练习一下（都不是真的）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/hub.py" line="144"/>
        <source>&amp;Start practice over</source>
        <translation>重新开始练习(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/hub.py" line="145"/>
        <source>&amp;Back to my real work</source>
        <translation>回到我的真实工作(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/hub.py" line="181"/>
        <source>Start practice &amp;over</source>
        <translation>重新开始练习(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/hub.py" line="182"/>
        <source>Start practice over with fresh made-up clients</source>
        <translation>换一批新的虚构客户，重新开始练习</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/hub.py" line="184"/>
        <source>Back to my &amp;real work</source>
        <translation>回到我的真实工作(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/hub.py" line="185"/>
        <source>Leave practice and go back to my real work</source>
        <translation>离开练习，回到我的真实工作</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/hub.py" line="256"/>
        <source>Start practice over?</source>
        <translation>要重新开始练习吗？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/hub.py" line="257"/>
        <source>Everything you did in practice is thrown away and new made-up clients are put in. Your real work is not touched.</source>
        <translation>练习中做过的一切都会清掉，换上一批新的虚构客户。您真正的工作不会受到任何影响。</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="220"/>
        <source>No help for this yet</source>
        <extracomment>Help text is this much larger than the rest of the program.</extracomment>
        <translation>这里还没有帮助</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="221"/>
        <source>There is no help page for this screen yet. Please look in the contents on the left.</source>
        <translation>这个画面还没有帮助页面。请在左边的目录里找一找。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="239"/>
        <source>Help — %1</source>
        <translation>帮助 — %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="240"/>
        <location filename="../../crm_desktop/ui/help/window.py" line="444"/>
        <location filename="../../crm_desktop/ui/help/window.py" line="445"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="255"/>
        <source>This instruction was deleted</source>
        <translation>这条说明已经被删除了</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="256"/>
        <source>Ask your administrator where it went.</source>
        <translation>请问一下管理员它去哪儿了。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="259"/>
        <source>Written by %1, last changed %2</source>
        <translation>编写人：%1，最后修改：%2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="286"/>
        <source>Help pages</source>
        <translation>帮助页面</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="295"/>
        <source>Work instructions of %1</source>
        <translation>%1 的工作说明</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="296"/>
        <source>Our company&apos;s work instructions</source>
        <translation>本公司的工作说明</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="305"/>
        <source>(none written yet)</source>
        <translation>（还没有写）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="324"/>
        <source>Nothing found. Try fewer or other words.</source>
        <translation>没有找到。请少输几个字，或者换个说法。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="446"/>
        <source>&amp;Search the help</source>
        <translation>搜索帮助(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="447"/>
        <source>Search the help</source>
        <translation>搜索帮助</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="448"/>
        <source>Type a word, for example: delete</source>
        <translation>输入要找的词，比如：删除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="449"/>
        <source>Contents of the help</source>
        <translation>帮助目录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="450"/>
        <source>Help page</source>
        <translation>帮助页面</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="451"/>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="452"/>
        <source>Back to the page before</source>
        <translation>回到上一页</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="453"/>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="454"/>
        <source>Forward again</source>
        <translation>再往前一页</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="455"/>
        <source>&amp;Start page</source>
        <translation>首页(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="456"/>
        <source>The help&apos;s start page</source>
        <translation>帮助的第一页</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="457"/>
        <source>&amp;New instruction</source>
        <translation>新建说明(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="459"/>
        <source>Write a new work instruction for the company</source>
        <translation>为公司写一条新的工作说明</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="460"/>
        <source>&amp;Change instruction</source>
        <translation>修改说明(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="461"/>
        <source>Change this work instruction</source>
        <translation>修改这条工作说明</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="462"/>
        <source>&amp;Delete instruction</source>
        <translation>删除说明(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="464"/>
        <source>Send this work instruction to the recycle bin</source>
        <translation>把这条工作说明放进回收站</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="465"/>
        <source>&amp;Close help</source>
        <translation>关闭帮助(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/window.py" line="466"/>
        <source>Close the help window</source>
        <translation>关闭帮助窗口</translation>
    </message>
</context>
<context>
    <name>InstructionEditor</name>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="81"/>
        <source>Work instruction</source>
        <translation>工作说明</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="82"/>
        <source>Change a work instruction</source>
        <translation>修改工作说明</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="83"/>
        <source>New work instruction</source>
        <translation>新的工作说明</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="85"/>
        <source>Write how your company does this job, step by step. Everyone in the company can read it in Help; only administrators can change it.</source>
        <translation>一步一步写下公司是怎样做这件事的。全公司的人都能在帮助里看到；只有管理员可以修改。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="87"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="87"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="88"/>
        <source>A short name, for example: How we handle complaints</source>
        <translation>简短的名称，比如：我们怎样处理投诉</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="89"/>
        <source>&amp;Instruction</source>
        <translation>说明内容(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="90"/>
        <source>The instruction itself, step by step</source>
        <translation>说明的正文，一步一步地写</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="91"/>
        <source>B&amp;old</source>
        <translation>加粗(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="92"/>
        <source>Make the chosen words bold</source>
        <translation>把选中的字加粗</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="93"/>
        <source>He&amp;ading</source>
        <translation>小标题(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="94"/>
        <source>Make this line a heading</source>
        <translation>把这一行设成小标题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="95"/>
        <source>Numbered &amp;list</source>
        <translation>编号列表(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="96"/>
        <source>Make these lines numbered steps</source>
        <translation>把这几行变成带编号的步骤</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="97"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="98"/>
        <source>Save the instruction</source>
        <translation>保存这条说明</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="99"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="100"/>
        <source>Close without saving</source>
        <translation>不保存，直接关闭</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="131"/>
        <source>Please give the instruction a short title (at most 120 letters).</source>
        <translation>请给这条说明起一个简短的标题（不超过 120 个字）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="136"/>
        <source>Not saved</source>
        <translation>没有保存</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="137"/>
        <source>Only an administrator can write work instructions. Nothing was changed.</source>
        <translation>只有管理员可以编写工作说明。什么都没有改动。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="145"/>
        <source>Delete this instruction?</source>
        <translation>删除这条说明吗？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/instruction_editor.py" line="146"/>
        <source>The instruction goes to the recycle bin. An administrator can bring it back from there.</source>
        <translation>这条说明会放进回收站，管理员可以从那里把它找回来。</translation>
    </message>
</context>
<context>
    <name>WhyLink</name>
    <message>
        <location filename="../../crm_desktop/ui/help/why.py" line="42"/>
        <location filename="../../crm_desktop/ui/help/why.py" line="46"/>
        <source>Why?</source>
        <translation>为什么？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/why.py" line="44"/>
        <source>Why? %1</source>
        <translation>为什么？%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help/why.py" line="47"/>
        <source>Opens the help that explains this rule</source>
        <translation>打开帮助，看看为什么这样规定</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <location filename="../../crm_desktop/ui/help/screens.py" line="28"/>
        <source>How we handle complaints</source>
        <translation>我们怎样处理投诉</translation>
    </message>
</context>
</TS>
