<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ClientStep</name>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="105"/>
        <source>Which client?</source>
        <extracomment>&quot;&quot; not answered yet, &quot;no&quot;, or &quot;yes&quot; one of WHEN_CHOICES, or &quot;&quot; not chosen &quot;HH:MM&quot;, or &quot;&quot; for any time that day a follow-up this contact answers (it is marked done)</extracomment>
        <translation>哪位客户？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="107"/>
        <source>Type part of the name, the pinyin (for example “huadong” or “hd”) or a phone number, then pick the client from the list.</source>
        <translation>输入名称的一部分、拼音（例如“huadong”或“hd”）或电话号码，然后从列表中选择客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="109"/>
        <source>Name, pinyin or phone</source>
        <translation>名称、拼音或电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="110"/>
        <source>Search for a client</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="111"/>
        <source>Clients found</source>
        <translation>找到的客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="131"/>
        <source>No client matches “%1”. Check the spelling or try the phone number.</source>
        <translation>没有与“%1”相符的客户。请检查拼写，或试试电话号码。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="142"/>
        <source>Chosen: %1</source>
        <translation>已选：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="159"/>
        <source>Please choose a client from the list.</source>
        <translation>请从列表中选择一位客户。</translation>
    </message>
</context>
<context>
    <name>FollowUpRow</name>
    <message>
        <location filename="../../crm_desktop/ui/followups/rows.py" line="80"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/rows.py" line="81"/>
        <source>Mark “%1” as done</source>
        <translation>将“%1”标为已完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/rows.py" line="82"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/rows.py" line="84"/>
        <source>Remind me of “%1” later</source>
        <translation>稍后再提醒我“%1”</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/rows.py" line="85"/>
        <source>Later today</source>
        <translation>今天晚些时候</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/rows.py" line="86"/>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/rows.py" line="87"/>
        <source>Next week</source>
        <translation>下周</translation>
    </message>
</context>
<context>
    <name>FollowupPlurals</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/followups/words.py" line="100"/>
        <source>No contact with %1 for %n day(s)</source>
        <translation>
            <numerusform>已有 %n 天没有联系%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/followups/words.py" line="103"/>
        <source>No contact with %1 yet; added %n day(s) ago</source>
        <translation>
            <numerusform>%n 天前添加，还没有联系过%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/followups/words.py" line="106"/>
        <source>Grade %1 clients: about every %n day(s)</source>
        <translation>
            <numerusform>%1 级客户：大约每 %n 天联系一次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/followups/words.py" line="109"/>
        <source>%n follow-up(s) for today</source>
        <translation>
            <numerusform>今天的跟进 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/followups/words.py" line="112"/>
        <source>%n still open from before</source>
        <translation>
            <numerusform>之前留下 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Followups</name>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="19"/>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="20"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="21"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="22"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="23"/>
        <source>Service visit</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="24"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="25"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="26"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="33"/>
        <source>Waiting since Monday</source>
        <translation>从周一起待办</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="34"/>
        <source>Waiting since Tuesday</source>
        <translation>从周二起待办</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="35"/>
        <source>Waiting since Wednesday</source>
        <translation>从周三起待办</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="36"/>
        <source>Waiting since Thursday</source>
        <translation>从周四起待办</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="37"/>
        <source>Waiting since Friday</source>
        <translation>从周五起待办</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="38"/>
        <source>Waiting since Saturday</source>
        <translation>从周六起待办</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="39"/>
        <source>Waiting since Sunday</source>
        <translation>从周日起待办</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="45"/>
        <source>On Monday</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="46"/>
        <source>On Tuesday</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="47"/>
        <source>On Wednesday</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="48"/>
        <source>On Thursday</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="49"/>
        <source>On Friday</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="50"/>
        <source>On Saturday</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="51"/>
        <source>On Sunday</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="57"/>
        <source>d MMMM</source>
        <comment>Qt date format for a day and month without the year</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="65"/>
        <source>HH:mm</source>
        <comment>Qt time format: hours and minutes</comment>
        <translation>HH:mm</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="72"/>
        <source>%1 at %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="81"/>
        <source>Waiting since yesterday</source>
        <translation>从昨天起待办</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="84"/>
        <source>Waiting since %1</source>
        <translation>从%1起待办</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="87"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="89"/>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="138"/>
        <source>Nothing is due today.</source>
        <translation>今天没有要办的事。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="147"/>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="145"/>
        <source>%1 and %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="154"/>
        <source>Please write a few words about what happened.</source>
        <translation>请简单写几句发生了什么。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="156"/>
        <source>Please say what there is to do.</source>
        <translation>请写下要做什么。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="158"/>
        <source>That time has already passed. Choose another day or time.</source>
        <translation>这个时间已经过去了。请另选日期或时间。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="160"/>
        <source>That is still in the future. Please check the date.</source>
        <translation>这个时间还没到。请检查日期。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="166"/>
        <source>Something in the answers is not right, and nothing was saved. Please check them and try again.</source>
        <translation>填写的内容有些不对，什么都没有保存。请检查后再试一次。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="170"/>
        <source>This client or follow-up is not there any more, or it is not yours to open. Nothing was saved.</source>
        <translation>这位客户或这条跟进已不存在，或者不归您查看。什么都没有保存。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="174"/>
        <source>This belongs to someone else, so it cannot be changed here.</source>
        <translation>这属于其他同事，不能在这里修改。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/words.py" line="176"/>
        <source>This could not be saved. Nothing was changed. Please try again.</source>
        <translation>无法保存，什么都没有改动。请再试一次。</translation>
    </message>
</context>
<context>
    <name>FollowupsIntegration</name>
    <message>
        <location filename="../../crm_desktop/ui/followups/integration.py" line="68"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/integration.py" line="78"/>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/integration.py" line="87"/>
        <source>Mark a follow-up as done</source>
        <translation>将一条跟进标为已完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/integration.py" line="95"/>
        <source>Move a follow-up to later today</source>
        <translation>把一条跟进推迟到今天晚些时候</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/integration.py" line="101"/>
        <source>&amp;Log a visit or call…</source>
        <translation>记录拜访或电话(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>KeepInTouchRow</name>
    <message>
        <location filename="../../crm_desktop/ui/followups/rows.py" line="115"/>
        <source>Log a contact</source>
        <translation>记录联系</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/rows.py" line="117"/>
        <source>Log a contact with %1</source>
        <translation>记录与%1的联系</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/rows.py" line="118"/>
        <source>Remind me tomorrow</source>
        <translation>明天提醒我</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/rows.py" line="120"/>
        <source>Remind me tomorrow to contact %1</source>
        <translation>明天提醒我联系%1</translation>
    </message>
</context>
<context>
    <name>KindStep</name>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="193"/>
        <source>What kind of contact was it?</source>
        <translation>这是哪种联系？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="194"/>
        <source>Press one of the big buttons.</source>
        <translation>请按下面的一个大按钮。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="225"/>
        <source>Please choose what kind of contact it was.</source>
        <translation>请选择联系的方式。</translation>
    </message>
</context>
<context>
    <name>LogVisitWizard</name>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="495"/>
        <source>Log a visit or call</source>
        <translation>记录拜访或电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="496"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="497"/>
        <source>Save it</source>
        <translation>保存记录</translation>
    </message>
</context>
<context>
    <name>NextStepStep</name>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="340"/>
        <source>Anything to do next?</source>
        <translation>接下来还有要做的事吗？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="341"/>
        <source>If so, the program will remind you on the day.</source>
        <translation>如果有，程序会在当天提醒您。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="342"/>
        <source>No, nothing for now</source>
        <translation>没有，暂时没有</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="343"/>
        <source>Yes:</source>
        <translation>有：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="344"/>
        <source>What is there to do?</source>
        <translation>要做什么？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="345"/>
        <source>What is there to do</source>
        <translation>要做什么</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="346"/>
        <source>When?</source>
        <translation>什么时候？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="347"/>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="347"/>
        <source>In three days</source>
        <translation>三天后</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="348"/>
        <source>Next week</source>
        <translation>下周</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="348"/>
        <source>On a date:</source>
        <translation>指定日期：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="353"/>
        <source>Yes, there is something to do</source>
        <translation>有，还有要做的事</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="354"/>
        <source>The date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="355"/>
        <source>At a set time:</source>
        <translation>指定时间：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="356"/>
        <source>At a set time</source>
        <translation>指定时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="357"/>
        <source>The time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="358"/>
        <source>Yes, I meant that time</source>
        <translation>是的，就是这个时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="413"/>
        <source>Please choose No or Yes.</source>
        <translation>请选择“没有”或“有”。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="417"/>
        <source>Please say what there is to do.</source>
        <translation>请写下要做什么。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="419"/>
        <source>Please choose when.</source>
        <translation>请选择时间。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="431"/>
        <source>That time has already passed. Did you mean it? Tick “Yes, I meant that time”, or choose another day or time.</source>
        <translation>这个时间已经过去了，确定是这个时间吗？请勾选“是的，就是这个时间”，或另选日期或时间。</translation>
    </message>
</context>
<context>
    <name>QuickAddWidget</name>
    <message>
        <location filename="../../crm_desktop/ui/followups/quick_add.py" line="56"/>
        <source>What happened? One line is enough</source>
        <translation>发生了什么？写一行就够了</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/quick_add.py" line="57"/>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/quick_add.py" line="60"/>
        <source>Save as: %1</source>
        <translation>保存为：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/quick_add.py" line="68"/>
        <source>Type what happened, then press the kind of contact.</source>
        <translation>先写下发生了什么，再按联系方式的按钮。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/quick_add.py" line="81"/>
        <source>Saved: %1.</source>
        <translation>已保存：%1。</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../crm_desktop/ui/followups/reminders.py" line="136"/>
        <source>Reminder for %1: %2</source>
        <translation>%1 的提醒：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/followups/reminders.py" line="142"/>
        <source>%n more reminder(s) after this one.</source>
        <translation>
            <numerusform>后面还有 %n 条提醒。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/reminders.py" line="167"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/reminders.py" line="168"/>
        <source>Mark this follow-up as done</source>
        <translation>将这条跟进标为已完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/reminders.py" line="169"/>
        <source>Later today</source>
        <translation>今天晚些时候</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/reminders.py" line="170"/>
        <source>Remind me again later today</source>
        <translation>今天晚些时候再提醒我</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/reminders.py" line="171"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/reminders.py" line="172"/>
        <source>Close this reminder</source>
        <translation>关闭这条提醒</translation>
    </message>
</context>
<context>
    <name>SummaryStep</name>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="454"/>
        <source>Is this right?</source>
        <translation>这样对吗？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="455"/>
        <source>Press Save to keep it, or Back to change something.</source>
        <translation>按“保存”记下来，或按“上一步”修改。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="456"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="464"/>
        <source>Client: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="465"/>
        <source>Kind: %1</source>
        <translation>方式：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="466"/>
        <source>What happened: %1</source>
        <translation>经过：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="469"/>
        <source>Next: %1 — %2</source>
        <translation>下一步：%1 — %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="472"/>
        <source>Next: nothing for now</source>
        <translation>下一步：暂时没有</translation>
    </message>
</context>
<context>
    <name>TeamOverdueCard</name>
    <message>
        <location filename="../../crm_desktop/ui/followups/rows.py" line="148"/>
        <source>Your team</source>
        <translation>您的团队</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/rows.py" line="149"/>
        <source>Numbers only: each person sees their own list.</source>
        <translation>这里只显示数字，每个人只看得到自己的清单。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/rows.py" line="155"/>
        <source>People in the team: %1</source>
        <translation>团队人数：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/followups/rows.py" line="156"/>
        <source>%n follow-up(s) open from before</source>
        <translation>
            <numerusform>之前留下的跟进：%n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/followups/rows.py" line="157"/>
        <source>%n of them for more than a week</source>
        <translation>
            <numerusform>其中超过一周的：%n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/followups/rows.py" line="158"/>
        <source>%n follow-up(s) for today</source>
        <translation>
            <numerusform>今天的跟进 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextStep</name>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="248"/>
        <source>What happened?</source>
        <translation>发生了什么？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="250"/>
        <source>A few words are enough: what you talked about, what the client wants. Ctrl+Enter moves on.</source>
        <translation>写几句就够了：谈了什么，客户想要什么。按 Ctrl+Enter 进入下一步。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="252"/>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/log_visit.py" line="276"/>
        <source>Please write a few words about what happened.</source>
        <translation>请简单写几句发生了什么。</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../crm_desktop/ui/followups/timeline_widget.py" line="86"/>
        <source>&amp;Show:</source>
        <extracomment>The filter&apos;s choices: (key, kinds shown); &quot;&quot; shows everything.</extracomment>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/timeline_widget.py" line="87"/>
        <source>Show which entries</source>
        <translation>显示哪些记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/timeline_widget.py" line="88"/>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/timeline_widget.py" line="88"/>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/timeline_widget.py" line="89"/>
        <source>Changes to the client</source>
        <translation>客户资料的修改</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/timeline_widget.py" line="92"/>
        <source>What happened with this client, newest first</source>
        <translation>与这位客户的往来记录，最新的在前</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/timeline_widget.py" line="93"/>
        <source>Nothing written down yet.</source>
        <translation>还没有任何记录。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/timeline_widget.py" line="114"/>
        <source>Follow-up done</source>
        <translation>跟进已完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/timeline_widget.py" line="115"/>
        <source>Follow-up planned</source>
        <translation>计划的跟进</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/timeline_widget.py" line="124"/>
        <source>%1 %2: %3 → %4</source>
        <translation>%1 %2：%3 → %4</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/timeline_widget.py" line="130"/>
        <source>Next: %1</source>
        <translation>下一步：%1</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="157"/>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="173"/>
        <source>Today</source>
        <extracomment>Rows shown per section before &quot;Show all&quot;. (client_id or &quot;&quot;, follow-up id or &quot;&quot;) — someone asked to log a contact.</extracomment>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="163"/>
        <source>Log a visit or call…</source>
        <translation>记录拜访或电话…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="164"/>
        <source>Log a visit, call, message or meeting</source>
        <translation>记录拜访、电话、消息或会议</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="165"/>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="166"/>
        <source>Write down what happened</source>
        <translation>记下经过</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="167"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="168"/>
        <source>Undo: it is not done yet</source>
        <translation>撤销：还没有完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="169"/>
        <source>Still open from before</source>
        <translation>之前留下的</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="171"/>
        <source>Pick these up when you can, or move them to a better day.</source>
        <translation>有空时处理一下，或者改到更合适的日子。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="172"/>
        <source>Nothing left over from before.</source>
        <translation>之前没有留下的事。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="176"/>
        <source>Nothing planned for today.</source>
        <translation>今天没有安排。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="177"/>
        <source>Coming up</source>
        <translation>接下来</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="178"/>
        <source>The next seven days.</source>
        <translation>未来七天。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="179"/>
        <source>Nothing planned for the coming week.</source>
        <translation>未来一周没有安排。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="180"/>
        <source>Keep in touch</source>
        <translation>保持联系</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="183"/>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="242"/>
        <source>Your clients who have not heard from you for a while.</source>
        <translation>有一段时间没有联系的客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="184"/>
        <source>You are in touch with all your clients.</source>
        <translation>您和所有客户都保持着联系。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="200"/>
        <source>Today, %1</source>
        <translation>今天，%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="226"/>
        <source>Show all (%n)</source>
        <translation>
            <numerusform>全部显示（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="243"/>
        <source>%n more after these.</source>
        <translation>
            <numerusform>后面还有 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="258"/>
        <source>Mark “%1” as done</source>
        <translation>将“%1”标为已完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="264"/>
        <source>Done: %1. Anything to write down about it?</source>
        <translation>已完成：%1。要记下经过吗？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="273"/>
        <source>Move “%1”</source>
        <translation>改期“%1”</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/followups/today_page.py" line="283"/>
        <source>Get in touch with %1</source>
        <translation>联系%1</translation>
    </message>
</context>
</TS>
