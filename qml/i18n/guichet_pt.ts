<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>Eligibility</name>
    <message>
        <source>Can I take part?</source>
        <translation type="unfinished">Posso participar?</translation>
    </message>
    <message>
        <source>Question %L1 of %L2</source>
        <extracomment>Progress in the eligibility questions, e.g. Question 2 of 4</extracomment>
        <translation type="unfinished">Pergunta %L1 de %L2</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Answer to an eligibility question</extracomment>
        <translation type="unfinished">Sim</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>Answer to an eligibility question</extracomment>
        <translation type="unfinished">Não</translation>
    </message>
    <message>
        <source>Offices and opening hours</source>
        <translation type="unfinished">Escritórios e horários</translation>
    </message>
    <message>
        <source>Help organisations</source>
        <translation type="unfinished">Organizações de apoio</translation>
    </message>
    <message>
        <source>Start the questions again</source>
        <extracomment>Button that restarts the eligibility questions</extracomment>
        <translation type="unfinished">Recomeçar as perguntas</translation>
    </message>
</context>
<context>
    <name>HelpContent</name>
    <message>
        <source>Ask for help</source>
        <translation type="unfinished">Pedir ajuda</translation>
    </message>
    <message>
        <source>Ask a person at the desk, or call %1:</source>
        <extracomment>%1 is the office&apos;s name, e.g. BAPA BXL</extracomment>
        <translation type="unfinished">Pergunte a uma pessoa no balcão ou ligue para %1:</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Closes the help window</extracomment>
        <translation type="unfinished">Fechar</translation>
    </message>
</context>
<context>
    <name>IdleContent</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">Ainda está aí?</translation>
    </message>
    <message>
        <source>I am here</source>
        <extracomment>The visitor answers that they are still using the kiosk</extracomment>
        <translation type="unfinished">Estou aqui</translation>
    </message>
    <message>
        <source>The kiosk starts again for the next person in:</source>
        <extracomment>Above a large countdown number (seconds); phrased to need no plural form</extracomment>
        <translation type="unfinished">O quiosque recomeça para a pessoa seguinte dentro de:</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Guichet</source>
        <extracomment>Window title; the name of the kiosk</extracomment>
        <translation type="unfinished">Guichet</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <source>How can we help?</source>
        <extracomment>Title of the main menu</extracomment>
        <translation type="unfinished">Como podemos ajudar?</translation>
    </message>
    <message>
        <source>The welcome programme</source>
        <extracomment>Menu entry: pages explaining the settlement programme (parcours d&apos;accueil)</extracomment>
        <translation type="unfinished">O percurso de acolhimento</translation>
    </message>
    <message>
        <source>What it is, step by step</source>
        <translation type="unfinished">O que é, passo a passo</translation>
    </message>
    <message>
        <source>Offices and opening hours</source>
        <translation type="unfinished">Escritórios e horários</translation>
    </message>
    <message>
        <source>Addresses, phone numbers, open now</source>
        <translation type="unfinished">Moradas, telefones, aberto agora</translation>
    </message>
    <message>
        <source>Help organisations</source>
        <translation type="unfinished">Organizações de apoio</translation>
    </message>
    <message>
        <source>Legal aid, housing, health and more</source>
        <translation type="unfinished">Apoio jurídico, habitação, saúde e mais</translation>
    </message>
    <message>
        <source>Can I take part?</source>
        <translation type="unfinished">Posso participar?</translation>
    </message>
    <message>
        <source>Four questions, one answer</source>
        <translation type="unfinished">Quatro perguntas, uma resposta</translation>
    </message>
</context>
<context>
    <name>ModeBar</name>
    <message>
        <source>Large text</source>
        <extracomment>Toggle that makes every text bigger</extracomment>
        <translation type="unfinished">Letra grande</translation>
    </message>
    <message>
        <source>High contrast</source>
        <extracomment>Toggle for yellow text on black, easier to read for some eyes</extracomment>
        <translation type="unfinished">Alto contraste</translation>
    </message>
    <message>
        <source>Change language</source>
        <extracomment>Button that goes back to the list of languages</extracomment>
        <translation type="unfinished">Mudar de língua</translation>
    </message>
</context>
<context>
    <name>OfficeDetail</name>
    <message>
        <source>Offices and opening hours</source>
        <translation type="unfinished">Escritórios e horários</translation>
    </message>
    <message>
        <source>Closed on these days:</source>
        <extracomment>Followed by a list of dates in the coming weeks when the office is closed</extracomment>
        <translation type="unfinished">Fechado nestes dias:</translation>
    </message>
</context>
<context>
    <name>Offices</name>
    <message>
        <source>Offices and opening hours</source>
        <translation type="unfinished">Escritórios e horários</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <source>Help organisations</source>
        <translation type="unfinished">Organizações de apoio</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>Filter showing every help organisation</extracomment>
        <translation type="unfinished">Todas</translation>
    </message>
</context>
<context>
    <name>PageFooter</name>
    <message>
        <source>Previous</source>
        <extracomment>Button showing the previous page</extracomment>
        <translation type="unfinished">Anterior</translation>
    </message>
    <message>
        <source>%L1 / %L2</source>
        <extracomment>Page position, e.g. 2 / 9</extracomment>
        <translation type="unfinished">%L1 / %L2</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>Button showing the next page</extracomment>
        <translation type="unfinished">Seguinte</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>The welcome programme</source>
        <translation type="unfinished">O percurso de acolhimento</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>The welcome programme</source>
        <translation type="unfinished">O percurso de acolhimento</translation>
    </message>
</context>
<context>
    <name>SpeechBar</name>
    <message>
        <source>Say it again</source>
        <extracomment>Voice mode: say the last thing again</extracomment>
        <translation type="unfinished">Repetir</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished">Mais devagar</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished">Mais depressa</translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>Voice mode: stop speaking now</extracomment>
        <translation type="unfinished">Parar</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation type="unfinished">Mais baixo</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation type="unfinished">Mais alto</translation>
    </message>
    <message>
        <source>Also in French</source>
        <extracomment>Voice mode: show and say this screen in French, to learn French</extracomment>
        <translation type="unfinished">Também em francês</translation>
    </message>
    <message>
        <source>Speech cannot be heard on this kiosk</source>
        <translation type="unfinished">O som não funciona neste quiosque</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation type="unfinished">Continuar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished">Pausa</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Back</source>
        <extracomment>Button that goes back one screen</extracomment>
        <translation type="unfinished">Voltar</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>Button that returns to the first screen</extracomment>
        <translation type="unfinished">Início</translation>
    </message>
    <message>
        <source>Help</source>
        <extracomment>Button that shows how to get help from staff</extracomment>
        <translation type="unfinished">Ajuda</translation>
    </message>
</context>
<context>
    <name>guichet::OfficeModel</name>
    <message>
        <source>Open now, closes at %1</source>
        <extracomment>%1 is a time, e.g. 12:00</extracomment>
        <translation type="unfinished">Aberto agora, fecha às %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">Fechado</translation>
    </message>
    <message>
        <source>Closed, opens at %1</source>
        <extracomment>%1 is a time later today, e.g. 14:00</extracomment>
        <translation type="unfinished">Fechado, abre às %1</translation>
    </message>
    <message>
        <source>Closed, opens %1</source>
        <extracomment>%1 is a weekday and a time, e.g. Monday 09:00</extracomment>
        <translation type="unfinished">Fechado, abre: %1</translation>
    </message>
</context>
<context>
    <name>guichet::Voice</name>
    <message>
        <source>Voice mode is on. Touch once to hear, touch again to choose.</source>
        <translation type="unfinished">A leitura em voz alta está ligada. Toque uma vez para ouvir e outra vez para escolher.</translation>
    </message>
    <message>
        <source>Voice mode is off.</source>
        <translation type="unfinished">A leitura em voz alta está desligada.</translation>
    </message>
</context>
</TS>
