<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChooseFileStep</name>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_file.py" line="89"/>
        <source>Which file holds your list of clients?</source>
        <translation>您的客户名单在哪个文件里？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_file.py" line="91"/>
        <source>The program reads Excel workbooks (.xlsx, .xls), text lists (.csv, .txt) and address book cards (.vcf). Nothing is changed until the last step, and even then you can take the whole import back.</source>
        <translation>本程序可以读取 Excel 工作簿（.xlsx、.xls）、文本名单（.csv、.txt）和通讯录名片（.vcf）。到最后一步之前不会改动任何数据；即使导入了，也可以整批撤销。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_file.py" line="94"/>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_file.py" line="95"/>
        <source>Choose the file to bring in</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_file.py" line="96"/>
        <source>Or drag the file here from a folder.</source>
        <translation>也可以从文件夹把文件拖到这里。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_file.py" line="100"/>
        <source>Chosen: %1</source>
        <translation>已选择：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_file.py" line="107"/>
        <source>Choose the file with your clients</source>
        <translation>选择客户名单文件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_file.py" line="108"/>
        <source>Lists of clients (%1);;All files (*)</source>
        <translation>客户名单 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_file.py" line="150"/>
        <source>Please choose the file with your list of clients.</source>
        <translation>请选择客户名单文件。</translation>
    </message>
</context>
<context>
    <name>ColumnsStep</name>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="104"/>
        <source>Which column holds what?</source>
        <translation>每一列是什么内容？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="106"/>
        <source>For each column of your file, choose the client field it goes into. The program has guessed from the column names; check the guesses. Columns you leave out are not brought in.</source>
        <translation>请为文件的每一列选择对应的客户字段。程序已根据列名做了猜测，请核对一下。不导入的列会被跳过。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="109"/>
        <source>Start from a layout</source>
        <translation>使用已有的列对应方案</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="111"/>
        <source>Owner and “brought in by”: if a column holds the salesperson&apos;s name, choose it for that column. Without one, you are the owner of every client brought in.</source>
        <translation>负责人和“开发人”：如果某一列写的是业务员姓名，请为这一列选择相应字段。如果没有这样的列，导入的客户都归您负责。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="113"/>
        <source>Name for these choices</source>
        <translation>方案名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="114"/>
        <source>For example: Old Excel list</source>
        <translation>例如：旧 Excel 名单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="115"/>
        <source>Save these choices as a named layout</source>
        <translation>保存为命名方案</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="117"/>
        <source>Columns of the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="132"/>
        <source>Column “%1” goes into</source>
        <translation>“%1”列导入到</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="136"/>
        <source>Guessed from the column names</source>
        <translation>按列名自动猜测</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="139"/>
        <source>Saved: %1</source>
        <translation>已保存的方案：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="234"/>
        <source>Type a name for these choices first, for example “Old Excel list”.</source>
        <translation>请先输入方案名称，例如“旧 Excel 名单”。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="250"/>
        <source>Saved. Next time choose “%1” under “Start from a layout”.</source>
        <translation>已保存。下次在“使用已有的列对应方案”中选择“%1”即可。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="256"/>
        <source>Go Back and choose a file the program can read.</source>
        <translation>请返回上一步，选择程序能读取的文件。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="259"/>
        <source>Choose at least one column for the name, the company, a phone or an e-mail.</source>
        <translation>请至少为姓名、公司、电话或邮箱中的一项指定一列。</translation>
    </message>
</context>
<context>
    <name>CountWords</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="83"/>
        <source>%Ln new client(s)</source>
        <translation>
            <numerusform>新客户 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="84"/>
        <source>%Ln client(s) will be updated</source>
        <translation>
            <numerusform>将补充 %Ln 个客户的信息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="85"/>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="92"/>
        <source>%Ln duplicate(s) skipped</source>
        <translation>
            <numerusform>跳过重复客户 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="86"/>
        <source>%Ln row(s) with problems</source>
        <translation>
            <numerusform>有问题的行 %Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="90"/>
        <source>%Ln new client(s) added</source>
        <translation>
            <numerusform>已新增客户 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="91"/>
        <source>%Ln existing client(s) updated</source>
        <translation>
            <numerusform>已补充 %Ln 个老客户的信息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="93"/>
        <source>%Ln row(s) left out because of problems</source>
        <translation>
            <numerusform>因有问题未导入 %Ln 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DryRunStep</name>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="98"/>
        <source>This is what would happen</source>
        <translation>导入后的结果预览</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="100"/>
        <source>The program has gone through the file without changing anything. Check the numbers; rows with problems are left out, and you can save them to a spreadsheet, correct them and bring them in later.</source>
        <translation>程序已检查了整个文件，没有改动任何数据。请核对下面的数字。有问题的行不会导入，您可以把它们另存为表格，改好后再导入。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="103"/>
        <source>Bring them in</source>
        <translation>开始导入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="104"/>
        <source>Save the problem rows to a spreadsheet…</source>
        <translation>把有问题的行另存为表格…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="106"/>
        <source>Rows with problems and what to do</source>
        <translation>有问题的行及处理方法</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="107"/>
        <source>Checking the file</source>
        <translation>正在检查文件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="124"/>
        <source>Checking every row of the file…</source>
        <translation>正在逐行检查文件…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="161"/>
        <source>In the file “%1”:</source>
        <translation>文件“%1”中：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="166"/>
        <source>Left out — correct these rows in the file:</source>
        <translation>不会导入——请在文件中改正这些行：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="167"/>
        <source>Brought in, but check these later:</source>
        <translation>会导入，但请稍后核对：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="181"/>
        <source>Rows with problems, and what to do about them:</source>
        <translation>有问题的行及处理方法：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="191"/>
        <source>%1 - problems</source>
        <translation>%1 - 问题行</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="194"/>
        <source>Save the problem rows</source>
        <translation>保存有问题的行</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="195"/>
        <source>Excel workbook (*.xlsx);;CSV text (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文本 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="210"/>
        <source>The problem rows could not be saved: %1 Choose another folder, or close the file in Excel first.</source>
        <translation>无法保存有问题的行：%1 请换一个文件夹，或先在 Excel 中关闭该文件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="215"/>
        <source>%n row(s) saved to %1.</source>
        <translation>
            <numerusform>已将 %n 行保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="221"/>
        <source>Go Back to change your choices, or choose another file.</source>
        <translation>请返回修改选择，或换一个文件。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="223"/>
        <source>Please wait: the program is checking the file.</source>
        <translation>请稍候，程序正在检查文件。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="225"/>
        <source>There is nothing new to bring in from this file.</source>
        <translation>这个文件里没有需要导入的新内容。</translation>
    </message>
</context>
<context>
    <name>DuplicatesStep</name>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="299"/>
        <source>What if a client is already in the program?</source>
        <translation>如果客户已经在系统里了，怎么办？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="301"/>
        <source>A client counts as already there when the same phone number or e-mail is found, or the same name with the same company.</source>
        <translation>如果找到相同的电话号码或邮箱，或者姓名和公司都相同，就视为客户已存在。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="304"/>
        <source>Skip it</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="305"/>
        <source>The client already in the program stays exactly as it is; the row is left out. The safest choice.</source>
        <translation>系统里的客户保持不变，这一行不导入。最稳妥的做法。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="307"/>
        <source>Fill in empty fields</source>
        <translation>补充空白信息</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="308"/>
        <source>What the program already knows stays; only fields that are empty there (an e-mail, an address…) are filled in from the file.</source>
        <translation>系统里已有的信息不变，只用文件中的内容补上空白的字段（邮箱、地址等）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="310"/>
        <source>Create anyway</source>
        <translation>仍然新建</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="311"/>
        <source>Every row becomes a new client, even if the client is already there. You may get the same client twice and have to merge them later.</source>
        <translation>每一行都新建一个客户，即使客户已存在。这样可能出现重复客户，之后需要合并。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_columns.py" line="335"/>
        <source>Please choose what to do with clients already in the program.</source>
        <translation>请选择如何处理系统中已有的客户。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="89"/>
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="90"/>
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="113"/>
        <source>Save clients to a file</source>
        <translation>把客户导出到文件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="92"/>
        <source>The file holds only the clients you may see, with the column names in your language. A name ending in .xlsx makes an Excel workbook; .csv a text list.</source>
        <translation>文件里只包含您有权查看的客户，列名使用您的语言。文件名以 .xlsx 结尾会生成 Excel 工作簿，以 .csv 结尾会生成文本名单。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="94"/>
        <source>What to save</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="95"/>
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="110"/>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="96"/>
        <source>Calls, visits and other contacts with them</source>
        <translation>与客户的电话、拜访等跟进记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="100"/>
        <source>Choose where to save…</source>
        <translation>选择保存位置…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="101"/>
        <source>Choose the file to save to</source>
        <translation>选择要保存的文件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="102"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="103"/>
        <source>Close this window</source>
        <translation>关闭此窗口</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="104"/>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="110"/>
        <source>Contacts</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="114"/>
        <source>Excel workbook (*.xlsx);;CSV text (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文本 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="130"/>
        <source>Saving to %1…</source>
        <translation>正在保存到 %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="147"/>
        <source>%n record(s) saved to %1.</source>
        <translation>
            <numerusform>已将 %n 条记录保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="156"/>
        <source>The file could not be written. Choose another folder, or close the file in Excel first.</source>
        <translation>无法写入文件。请换一个文件夹，或先在 Excel 中关闭该文件。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/export_dialog.py" line="160"/>
        <source>Something went wrong, and the file was not saved. The details are in the program&apos;s log file.</source>
        <translation>出了点问题，文件没有保存。详细信息已记录在程序日志中。</translation>
    </message>
</context>
<context>
    <name>ImportIntegration</name>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/integration.py" line="52"/>
        <source>&amp;Bring in clients from a file…</source>
        <translation>从文件导入客户(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/integration.py" line="53"/>
        <source>&amp;Save clients to a file…</source>
        <translation>把客户导出到文件(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>ImportStep</name>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="258"/>
        <source>Bringing the clients in</source>
        <translation>正在导入客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="260"/>
        <source>This may take a moment for a long list. If you stop it, nothing of this import is kept.</source>
        <translation>名单较长时需要一点时间。如果中途停止，本次导入的内容都不会保留。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="262"/>
        <source>Stop the import</source>
        <translation>停止导入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="263"/>
        <source>Stop the import; nothing of it is kept</source>
        <translation>停止导入，本次导入的内容都不保留</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="264"/>
        <source>How far the import has got</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="265"/>
        <source>See the result</source>
        <translation>查看结果</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="279"/>
        <source>Bringing in the clients from “%1”…</source>
        <translation>正在从“%1”导入客户…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="294"/>
        <source>Stopping… nothing of this import will be kept.</source>
        <translation>正在停止…本次导入的内容都不会保留。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="304"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="326"/>
        <source>Go Back to check the file again, or Cancel to close.</source>
        <translation>可以点“上一步”重新检查文件，或点“取消”关闭。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="327"/>
        <source>Please wait until the import has finished, or stop it.</source>
        <translation>请等待导入完成，或停止导入。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/wizard.py" line="70"/>
        <source>Bring in clients from a file</source>
        <translation>从文件导入客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/wizard.py" line="71"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/wizard.py" line="73"/>
        <source>Close the wizard</source>
        <translation>关闭向导</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/wizard.py" line="88"/>
        <location filename="../../crm_desktop/ui/import_wizard/wizard.py" line="106"/>
        <source>The file “%1” cannot be read as a list. Choose a spreadsheet, a .csv or .txt file, or a .vcf.</source>
        <translation>无法把文件“%1”当作名单读取。请选择电子表格、.csv 或 .txt 文件，或 .vcf 文件。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/wizard.py" line="187"/>
        <source>The import was stopped. Nothing of it was saved.</source>
        <translation>导入已停止，本次导入的内容都没有保存。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/wizard.py" line="190"/>
        <source>Nothing of this import was saved.</source>
        <translation>本次导入的内容都没有保存。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/wizard.py" line="191"/>
        <source>Something went wrong while reading the file. Nothing of this import was saved. The details are in the program&apos;s log file.</source>
        <translation>读取文件时出了问题。本次导入的内容都没有保存。详细信息已记录在程序日志中。</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="18"/>
        <source>— leave this column out —</source>
        <translation>— 不导入这一列 —</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="19"/>
        <source>Name (whole name)</source>
        <translation>姓名（全名）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="20"/>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="21"/>
        <source>Middle name</source>
        <translation>中间名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="22"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="23"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="24"/>
        <source>Company or person</source>
        <translation>公司/个人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="25"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="26"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="27"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="28"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="29"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="30"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="31"/>
        <source>Grade (A, B, C)</source>
        <translation>等级（A、B、C）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="32"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="33"/>
        <source>Where the client came from</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="34"/>
        <source>Owner (a salesperson&apos;s name)</source>
        <translation>负责人（业务员姓名）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="35"/>
        <source>Brought in by (a name)</source>
        <translation>开发人（姓名）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="36"/>
        <source>Date brought in</source>
        <translation>开发日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="37"/>
        <source>Date of last contact</source>
        <translation>最后联系日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="44"/>
        <source>Google Contacts</source>
        <translation>Google 通讯录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="45"/>
        <source>Google Contacts (since 2020)</source>
        <translation>Google 通讯录（2020 年起的格式）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="48"/>
        <source>Microsoft Outlook</source>
        <translation>Microsoft Outlook</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="49"/>
        <source>Thunderbird address book</source>
        <translation>Thunderbird 通讯录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="50"/>
        <source>Odoo contacts</source>
        <translation>Odoo 联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="51"/>
        <source>Address book cards (vCard)</source>
        <translation>通讯录名片（vCard）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="58"/>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="59"/>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode（UTF-8）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="60"/>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="61"/>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="62"/>
        <source>Unicode (UTF-16)</source>
        <translation>Unicode（UTF-16）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="63"/>
        <source>Chinese, simplified (GBK/GB18030)</source>
        <translation>简体中文（GBK/GB18030）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="64"/>
        <source>Chinese, traditional (Big5)</source>
        <translation>繁体中文（Big5）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="65"/>
        <source>Russian (Windows-1251)</source>
        <translation>俄文（Windows-1251）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="66"/>
        <source>Russian (KOI8-R)</source>
        <translation>俄文（KOI8-R）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="67"/>
        <source>Japanese (Shift_JIS)</source>
        <translation>日文（Shift_JIS）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="68"/>
        <source>Western European (Windows-1252)</source>
        <translation>西欧语言（Windows-1252）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="71"/>
        <source>Central European (ISO-8859-2)</source>
        <translation>中欧语言（ISO-8859-2）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="108"/>
        <source>Card %1: %2</source>
        <translation>第 %1 张名片：%2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="110"/>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="114"/>
        <source>“%1” in the column “%2” is not a phone number. It is kept in the notes; correct it in the client&apos;s card later.</source>
        <translation>“%2”列中的“%1”不是电话号码。它已保存在备注里，请稍后在客户资料中改正。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="120"/>
        <source>“%1” in the column “%2” is not an e-mail address. It is kept in the notes; correct it in the client&apos;s card later.</source>
        <translation>“%2”列中的“%1”不是邮箱地址。它已保存在备注里，请稍后在客户资料中改正。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="126"/>
        <source>“%1” does not say whether this is a company or a person. Write Company or Person in the file.</source>
        <translation>从“%1”看不出是公司还是个人。请在文件中写“公司”或“个人”。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="132"/>
        <source>The grade “%1” is not A, B or C. Change it in the file, or leave the grade column out.</source>
        <translation>等级“%1”不是 A、B 或 C。请在文件中改正，或者不导入等级这一列。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="138"/>
        <source>The status “%1” is not one the program knows (lead, active, inactive). Change it in the file, or leave the status column out.</source>
        <translation>状态“%1”程序无法识别（可用：潜在、成交、流失）。请在文件中改正，或者不导入状态这一列。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="144"/>
        <source>“%1” in the column “%2” is not a date. Write it like 2024-03-31 or 31.03.2024.</source>
        <translation>“%2”列中的“%1”不是日期。请写成 2024-03-31 这样的格式。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="149"/>
        <source>There is no name, company, phone or e-mail. Fill one in, or leave the row out.</source>
        <translation>没有姓名、公司、电话或邮箱。请至少填一项，或者不导入这一行。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="154"/>
        <source>There is nobody called “%1” in the program. Add the person first (Users), or correct the name in the file.</source>
        <translation>系统里没有叫“%1”的人。请先添加此人（用户管理），或在文件中改正姓名。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="160"/>
        <source>You can only bring in clients for yourself, not for %1. Ask an administrator to import this row.</source>
        <translation>您只能为自己导入客户，不能为%1导入。请让管理员导入这一行。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="166"/>
        <source>The same phone or e-mail belongs to someone else&apos;s client; it was left as it is. Ask the owner to add what is missing.</source>
        <translation>这个电话或邮箱属于其他同事的客户，已保持原样。请让负责人补充缺少的信息。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="179"/>
        <source>The file %1 is empty, or it is not there any more. Choose the file that has your list.</source>
        <translation>文件%1是空的，或者已经不存在了。请选择有名单的文件。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="184"/>
        <source>The file %1 cannot be read as a list. It may be a picture, an archive or a program, or another program may be using it. Choose a spreadsheet (.xlsx, .xls), a .csv or .txt file, or a .vcf.</source>
        <translation>无法把文件%1当作名单读取。它可能是图片、压缩包或程序，也可能正被其他程序占用。请选择电子表格（.xlsx、.xls）、.csv 或 .txt 文件，或 .vcf 文件。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="190"/>
        <source>The workbook %1 is damaged and cannot be read. Open it in Excel, save a copy and choose the copy.</source>
        <translation>工作簿%1已损坏，无法读取。请在 Excel 中打开，另存一份，再选择这份副本。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="195"/>
        <source>The workbook %1 is protected with a password. Open it in Excel, remove the password (File, Info, Protect Workbook), save a copy and choose the copy.</source>
        <translation>工作簿%1设置了密码。请在 Excel 中打开，取消密码（文件、信息、保护工作簿），另存一份，再选择这份副本。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="201"/>
        <source>The file %1 is too large to bring in at once. Split the list into smaller files and bring them in one after another.</source>
        <translation>文件%1太大，无法一次导入。请把名单拆成几个小文件，逐个导入。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="206"/>
        <source>There are no clients below the column names in %1. Check that you chose the right sheet and the right row of column names.</source>
        <translation>%1中列名下面没有客户。请检查工作表和列名所在的行是否选对。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="211"/>
        <source>This does not look like a list of clients: no column holds names, companies, phones or e-mails. Choose the row that has the column names, or say on the next page which column holds what.</source>
        <translation>这看起来不是客户名单：没有哪一列是姓名、公司、电话或邮箱。请选择列名所在的行，或在下一页指定每一列的内容。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="218"/>
        <source>The workbook %1 has no such sheet. Choose another sheet.</source>
        <translation>工作簿%1中没有这个工作表。请选择其他工作表。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="221"/>
        <source>This choice does not fit the file %1. Choose another sheet or another row of column names.</source>
        <translation>这个选择不适用于文件%1。请换一个工作表或列名所在的行。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="226"/>
        <source>The import was stopped. Nothing of it was saved.</source>
        <translation>导入已停止，本次导入的内容都没有保存。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="229"/>
        <source>This import was already taken back, or it is not on this PC.</source>
        <translation>这次导入已经撤销过了，或者不是在这台电脑上做的。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="232"/>
        <source>Only the person who brought the file in, or an administrator, can take the import back.</source>
        <translation>只有导入文件的人或管理员才能撤销这次导入。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/words.py" line="240"/>
        <source>This could not be done, and nothing was changed. %1</source>
        <translation>操作未能完成，数据没有任何改动。%1</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_file.py" line="199"/>
        <source>Does the list look right?</source>
        <translation>名单显示正确吗？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_file.py" line="201"/>
        <source>These are the first rows as the program will read them. If the letters look wrong, choose another encoding. If the column names are not at the top, choose the row that holds them.</source>
        <translation>以下是程序读取到的前几行。如果文字显示成乱码，请换一种编码。如果列名不在第一行，请选择列名所在的行。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_file.py" line="204"/>
        <source>Encoding of the letters</source>
        <translation>文字编码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_file.py" line="205"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_file.py" line="206"/>
        <source>Row with the column names</source>
        <translation>列名所在的行</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_file.py" line="207"/>
        <source>The first rows of the file</source>
        <translation>文件的前几行</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_file.py" line="273"/>
        <source>%1 columns were found. The column names are in row %2.</source>
        <translation>共找到 %1 列，列名在第 %2 行。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_file.py" line="276"/>
        <source>These are address book cards; each card becomes one client.</source>
        <translation>这是通讯录名片，每张名片会成为一个客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_file.py" line="314"/>
        <source>Choose another sheet, another row of column names, or go Back and choose another file.</source>
        <translation>请换一个工作表或列名所在的行，或者返回上一步换一个文件。</translation>
    </message>
</context>
<context>
    <name>ResultStep</name>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="358"/>
        <source>The clients are in</source>
        <translation>客户已导入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="360"/>
        <source>Everything was saved as one import. If something looks wrong, you can take the whole import back: new clients go to the Recycle Bin and filled-in fields get their old values.</source>
        <translation>所有内容已作为一次导入保存。如果发现不对，可以整批撤销：新客户会移到回收站，补充过的字段恢复原值。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="363"/>
        <source>Undo this import</source>
        <translation>撤销本次导入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="364"/>
        <source>Undo this whole import</source>
        <translation>撤销整批导入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="378"/>
        <source>The rows with problems were left out. Correct them in the file and bring the file in again: clients already brought in are then skipped.</source>
        <translation>有问题的行没有导入。请在文件中改正后重新导入，已导入的客户会自动跳过。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="399"/>
        <source>The import was taken back.</source>
        <translation>本次导入已撤销。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="400"/>
        <source>%n new client(s) moved to the Recycle Bin.</source>
        <translation>
            <numerusform>%n 个新客户已移到回收站。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="401"/>
        <source>%n filled-in field(s) restored.</source>
        <translation>
            <numerusform>%n 个补充过的字段已恢复原值。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/import_wizard/steps_run.py" line="406"/>
        <source>%n field(s) had been changed again after the import and kept the newer value.</source>
        <translation>
            <numerusform>%n 个字段在导入后又被修改过，保留了较新的值。</numerusform>
        </translation>
    </message>
</context>
</TS>
