<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
    <context>
        <name>Wizard</name>
        <message>
            <location filename="../../crm_desktop/ui/wizards/base.py" line="218" />
            <source>This could not be done, and nothing was changed. %1</source>
            <extracomment>Keys of the saved draft besides the answers themselves. Stable name of the step: objectNames, drafts and tests use it. The help page F1 opens on this step (the wizard's own when empty). Name of the draft kept on Cancel (one per wizard kind and person). Help page for steps that name none. Answer fields never written to a draft (passwords). F1 or the Help button: the help page id to open. After a successful finish: what the service returned.</extracomment>
            <translation>Не получилось, ничего не изменено. %1</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/base.py" line="336" />
            <source>Back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/base.py" line="336" />
            <source>Go back one step</source>
            <translation>Вернуться на шаг назад</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/base.py" line="338" />
            <source>Next</source>
            <translation>Далее</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/base.py" line="338" />
            <source>Go on to the next step</source>
            <translation>Перейти к следующему шагу</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/base.py" line="340" />
            <source>Finish</source>
            <translation>Готово</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/base.py" line="340" />
            <source>Finish and save</source>
            <translation>Завершить и сохранить</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/base.py" line="342" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/base.py" line="342" />
            <source>Stop for now; your answers are kept</source>
            <translation>Прервать; ваши ответы сохранятся</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/base.py" line="344" />
            <source>Help (F1)</source>
            <translation>Справка (F1)</translation>
        </message>
        <message>
            <location filename="../../crm_desktop/ui/wizards/base.py" line="344" />
            <source>Help for this step</source>
            <translation>Справка по этому шагу</translation>
        </message>
    </context>
</TS>
