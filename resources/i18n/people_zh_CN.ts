<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
