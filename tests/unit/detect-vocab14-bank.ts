/**
 * vocab14: a bank of our own short stories for the security-news detection (issue #3). Positives are small incidents
 * told the way a local paper, a company notice or a national CERT tells them, in each of the 13 languages; negatives
 * are look-alikes whose words overlap with the field (sport, takeovers, fiction, product pages, job ads, a bank's
 * tips page, medicine, finance). Written for this bank, not copied from any page. docs/detection-vocabulary.md gives
 * the before/after on it.
 */

export interface BankStory {
  id: string;
  lang: string;
  title: string;
  paras: string[];
}

export const POSITIVE_STORIES: BankStory[] = [
  // English: an 8-K-style filing, breach notices, CERT advisories, plain local-news incidents.
  {
    id: 'en-8k',
    lang: 'en',
    title: 'Harlow Freight discloses cybersecurity incident in regulatory filing',
    paras: [
      'Harlow Freight said in a filing on Thursday that a threat actor gained access to parts of its network and encrypted certain systems, disrupting shipment tracking at several depots.',
      'The company said it activated its response plan, notified law enforcement and engaged third-party forensic experts. It is still determining whether data was exfiltrated.',
      'Harlow said operations had been partly restored and that it did not yet know whether the incident would have a material impact on its finances.',
    ],
  },
  {
    id: 'en-notice',
    lang: 'en',
    title: 'Dental chain warns patients their information may have been accessed',
    paras: [
      'Bright Smile Dental Group is mailing letters to about 40,000 patients after an unknown party accessed an email account used by its billing office.',
      'The letters say names, dates of birth and insurance details may have been viewed. The group is offering 24 months of credit monitoring and says it has reset passwords and added multi-factor authentication.',
      'The company said it learned of the incident when staff noticed emails forwarded to an outside address.',
    ],
  },
  {
    id: 'en-council',
    lang: 'en',
    title: 'Council systems still down a week after attack',
    paras: [
      'Westbury Council said residents still cannot pay parking fines or book bin collections online, a week after criminals broke into its computer network.',
      'The council said the attackers demanded payment to unlock its files. It has not paid and is working with the National Cyber Security Centre to rebuild the systems.',
      'A spokesperson said there was no sign so far that residents\u2019 personal details had been taken, but the investigation was continuing.',
    ],
  },
  {
    id: 'en-insider',
    lang: 'en',
    title: 'Hospital fires worker who looked up celebrity records',
    paras: [
      'St Anne\u2019s Hospital said it dismissed an employee who improperly accessed the medical records of more than 200 patients, including a well-known singer, without any work reason.',
      'The hospital found the access during a routine audit of its record system and reported the privacy breach to the state regulator.',
      'Patients whose files were viewed are being told by letter, the hospital said.',
    ],
  },
  {
    id: 'en-misconfig',
    lang: 'en',
    title: 'Recruitment site exposed job seekers\u2019 CVs online',
    paras: [
      'A misconfigured server belonging to a recruitment website left the CVs of about 300,000 job seekers open to anyone on the internet, a security researcher found.',
      'The files included phone numbers, home addresses and work histories. The researcher said the data could be used for targeted scams.',
      'The company locked down the server after being contacted and said it was reviewing its access logs.',
    ],
  },
  {
    id: 'en-advisory',
    lang: 'en',
    title: 'Agency urges patch for router flaw under attack',
    paras: [
      'The national cyber agency told owners of Altamira home routers to install an update after criminals began exploiting a weakness in the devices\u2019 login page.',
      'The flaw allows an attacker to take over a router without a password and use it to hide other attacks, the agency said in an advisory.',
      'Altamira released a firmware fix on Monday. Devices past their support date will not get one.',
    ],
  },
  {
    id: 'en-bec',
    lang: 'en',
    title: 'Town loses $480,000 to fake invoice email',
    paras: [
      'The town of Pine Ridge paid $480,000 to criminals who sent an email posing as a road contractor and asked for payments to go to a new bank account, the mayor said.',
      'The email came from a lookalike address one letter different from the contractor\u2019s. Police and the FBI are investigating the fraud.',
      'The town has changed its rules so that any change of bank details must be confirmed by phone.',
    ],
  },
  {
    id: 'en-ddos',
    lang: 'en',
    title: 'Flood of traffic knocks tax office website offline',
    paras: [
      'The tax office\u2019s website was unreachable for most of Tuesday after a distributed denial-of-service attack flooded it with traffic on the filing deadline.',
      'A pro-Russian group claimed responsibility on a messaging channel. Officials extended the deadline by two days.',
    ],
  },
  {
    id: 'en-school',
    lang: 'en',
    title: 'School district says student data taken in intrusion',
    paras: [
      'Lakeview School District said an intruder got into its student information system using a teacher\u2019s stolen password and downloaded records of 12,000 pupils.',
      'The district said the records included names, grades and some health notes, and that it had notified families and the state education department.',
      'Investigators are working to learn how the password was stolen, the district said.',
    ],
  },
  {
    id: 'en-spyware',
    lang: 'en',
    title: 'Journalists\u2019 phones infected with spyware, researchers say',
    paras: [
      'Researchers at a university lab said the phones of three journalists were infected with commercial spyware that could read messages and switch on the microphone.',
      'The researchers traced the infections to links sent by text message. The vendor behind the tool did not reply to questions.',
    ],
  },
  // German.
  {
    id: 'de-stadtwerke',
    lang: 'de',
    title: 'Stadtwerke nach Hackerangriff eingeschränkt erreichbar',
    paras: [
      'Die Stadtwerke Lindenau sind nach einem Angriff auf ihre IT-Systeme nur eingeschränkt erreichbar. Unbekannte hatten sich unbefugten Zugriff auf das Netzwerk verschafft und Daten verschlüsselt.',
      'Die Versorgung mit Strom und Wasser sei nicht betroffen, teilte ein Sprecher mit. Das Unternehmen hat die Polizei eingeschaltet und arbeitet mit IT-Forensikern an der Aufklärung.',
      'Ob Kundendaten abgeflossen sind, ist noch unklar.',
    ],
  },
  {
    id: 'de-bsi',
    lang: 'de',
    title: 'BSI warnt vor Sicherheitslücke in Bürosoftware',
    paras: [
      'Das Bundesamt für Sicherheit in der Informationstechnik rät, ein Update für eine verbreitete Bürosoftware sofort einzuspielen. Angreifer nutzen die Lücke bereits aus.',
      'Über präparierte Dokumente können sie Schadcode auf den Rechnern ausführen, heißt es in der Warnung.',
    ],
  },
  {
    id: 'de-praxis',
    lang: 'de',
    title: 'Arztpraxis meldet Datenabfluss',
    paras: [
      'Eine Gemeinschaftspraxis in Kiel hat der Datenschutzbehörde einen IT-Sicherheitsvorfall gemeldet. Dabei seien Patientendaten von einem Server kopiert worden.',
      'Die Praxis informiert die Betroffenen schriftlich und hat Anzeige erstattet. Die Zentralstelle Cybercrime der Staatsanwaltschaft ermittelt.',
    ],
  },
  {
    id: 'de-phishing',
    lang: 'de',
    title: 'Gefälschte Bank-Mails im Umlauf',
    paras: [
      'Die Verbraucherzentrale warnt vor Phishingmails im Namen mehrerer Sparkassen. Die Betrüger fordern Kunden auf, ihre Zugangsdaten auf einer gefälschten Seite einzugeben.',
      'Wer dort Daten eingegeben hat, sollte sofort das Online-Banking sperren lassen, rät die Verbraucherzentrale.',
    ],
  },
  {
    id: 'de-trojaner',
    lang: 'de',
    title: 'Trojaner legt Verwaltung eines Landkreises lahm',
    paras: [
      'Ein Trojaner hat die Rechner der Kreisverwaltung Hohenau lahmgelegt. Bürgerdienste wie die Kfz-Zulassung bleiben vorerst geschlossen.',
      'Die Angreifer verlangen ein Lösegeld. Der Landrat sagte, man werde nicht zahlen und die Systeme mit Hilfe von Experten für Cybersicherheit neu aufbauen.',
    ],
  },
  // French.
  {
    id: 'fr-hopital',
    lang: 'fr',
    title: 'L\u2019hôpital de Vernon victime d\u2019une attaque informatique',
    paras: [
      'Le centre hospitalier de Vernon a été victime d\u2019une attaque informatique dans la nuit de dimanche. Les urgences fonctionnent en mode dégradé et certains patients ont été transférés.',
      'Les pirates réclament une rançon. L\u2019établissement a porté plainte et travaille avec l\u2019ANSSI pour rétablir ses systèmes.',
    ],
  },
  {
    id: 'fr-mairie',
    lang: 'fr',
    title: 'Une mairie signale un accès non autorisé à ses fichiers',
    paras: [
      'La mairie de Saint-Aubin indique qu\u2019un accès non autorisé à son logiciel d\u2019état civil a été détecté la semaine dernière.',
      'Des données personnelles d\u2019habitants ont pu être consultées. La commune a notifié la CNIL et déposé plainte, et invite les habitants à se méfier des messages frauduleux.',
    ],
  },
  {
    id: 'fr-vol',
    lang: 'fr',
    title: 'Vol de données chez un opérateur de mutuelles',
    paras: [
      'Un prestataire de plusieurs mutuelles a confirmé un vol de données concernant des centaines de milliers d\u2019assurés, après une intrusion dans ses serveurs.',
      'Les noms, adresses et numéros de sécurité sociale ont été dérobés, selon l\u2019entreprise, qui évoque un incident de cybersécurité.',
    ],
  },
  {
    id: 'fr-ddos',
    lang: 'fr',
    title: 'Des sites ministériels perturbés par une attaque par déni de service',
    paras: [
      'Plusieurs sites de ministères ont été inaccessibles mardi matin à cause d\u2019une attaque par déni de service revendiquée par un groupe prorusse.',
      'Les services de l\u2019État indiquent que les sites ont été rétablis en fin de matinée et qu\u2019aucune donnée n\u2019a été volée.',
    ],
  },
  {
    id: 'fr-espion',
    lang: 'fr',
    title: 'Un logiciel espion découvert sur les téléphones de militants',
    paras: [
      'Des chercheurs affirment avoir trouvé un logiciel espion sur les téléphones de quatre militants. Le programme permettait de lire leurs messages et de suivre leur position.',
      'L\u2019infection passait par un lien envoyé par SMS, selon les chercheurs.',
    ],
  },
  // Spanish.
  {
    id: 'es-ayuntamiento',
    lang: 'es',
    title: 'El Ayuntamiento de Villanueva sufre un ataque informático',
    paras: [
      'El Ayuntamiento de Villanueva ha sufrido un ataque informático que ha dejado sin servicio la sede electrónica y el padrón durante tres días.',
      'Los delincuentes cifraron los servidores y piden un rescate. El consistorio ha denunciado los hechos y trabaja con el INCIBE para recuperar los sistemas.',
    ],
  },
  {
    id: 'es-robo',
    lang: 'es',
    title: 'Una aseguradora confirma el robo de datos de sus clientes',
    paras: [
      'Una aseguradora ha confirmado el robo de datos de unos 200.000 clientes tras un acceso no autorizado a una de sus bases de datos.',
      'La empresa ha informado a la Agencia Española de Protección de Datos y aconseja a los afectados desconfiar de llamadas y correos sospechosos.',
    ],
  },
  {
    id: 'es-hackeo',
    lang: 'es',
    title: 'Hackean la cuenta de un club de fútbol en redes sociales',
    paras: [
      'La cuenta oficial de un club de Primera en una red social fue hackeada el domingo y publicó enlaces a una estafa con criptomonedas.',
      'El club recuperó el control horas después y pidió a sus seguidores que no abrieran los enlaces. Los autores del hackeo accedieron con una contraseña robada.',
    ],
  },
  {
    id: 'es-incibe',
    lang: 'es',
    title: 'Alertan de una oleada de correos fraudulentos que suplantan a Hacienda',
    paras: [
      'El INCIBE alerta de una campaña de correos fraudulentos que suplantan a la Agencia Tributaria para robar datos bancarios.',
      'Los mensajes anuncian un reembolso y llevan a una página falsa que pide la tarjeta. Se trata de un caso de phishing, advierte el organismo.',
    ],
  },
  {
    id: 'es-denegacion',
    lang: 'es',
    title: 'Caída de la web de un banco por un ataque de denegación de servicio',
    paras: [
      'La banca online de una entidad estuvo caída varias horas por un ataque de denegación de servicio, según fuentes de la entidad.',
      'Un grupo de hacktivistas se atribuyó la acción. El banco asegura que los datos de los clientes no se vieron afectados.',
    ],
  },
  // Italian.
  {
    id: 'it-comune',
    lang: 'it',
    title: 'Attacco informatico al Comune di Valbruna, servizi bloccati',
    paras: [
      'Il Comune di Valbruna è stato colpito da un attacco informatico che ha bloccato l\u2019anagrafe e i pagamenti online.',
      'I criminali chiedono un riscatto. Il Comune ha sporto denuncia alla Polizia Postale e collabora con l\u2019Agenzia per la cybersicurezza nazionale.',
    ],
  },
  {
    id: 'it-accesso',
    lang: 'it',
    title: 'Accesso abusivo ai dati dei pazienti, indaga la procura',
    paras: [
      'La procura indaga su un accesso abusivo al sistema informatico di un\u2019azienda sanitaria: qualcuno avrebbe consultato le cartelle di migliaia di pazienti.',
      'L\u2019azienda ha notificato la violazione dei dati personali al Garante e sta avvisando gli interessati.',
    ],
  },
  {
    id: 'it-esfiltrazione',
    lang: 'it',
    title: 'Esfiltrazione di dati da un fornitore di energia',
    paras: [
      'Un fornitore di energia ha confermato l\u2019esfiltrazione di dati di clienti dopo un\u2019intrusione nei suoi server.',
      'Un gruppo di criminali ha pubblicato parte dei file su un sito del dark web, chiedendo un pagamento.',
    ],
  },
  {
    id: 'it-truffa',
    lang: 'it',
    title: 'SMS falsi a nome delle Poste, l\u2019allarme della Polizia Postale',
    paras: [
      'La Polizia Postale segnala un\u2019ondata di SMS falsi che invitano a sbloccare il conto su un sito clone per rubare le credenziali.',
      'Si tratta di smishing: chi ha inserito i dati deve contattare subito la banca, spiegano gli investigatori.',
    ],
  },
  // Portuguese.
  {
    id: 'pt-prefeitura',
    lang: 'pt',
    title: 'Prefeitura tem sistemas invadidos por hackers',
    paras: [
      'A prefeitura de Santa Luzia teve os sistemas invadidos por hackers na madrugada de segunda-feira, e os serviços online foram suspensos.',
      'Os criminosos criptografaram os arquivos e pediram resgate. A prefeitura registrou boletim de ocorrência e comunicou a ANPD.',
    ],
  },
  {
    id: 'pt-roubo',
    lang: 'pt',
    title: 'Loja online confirma roubo de dados de clientes',
    paras: [
      'Uma loja online confirmou o roubo de dados de clientes depois de um acesso não autorizado ao seu sistema de pedidos.',
      'Nomes, e-mails e endereços foram expostos. A empresa orienta os clientes a desconfiar de mensagens que peçam pagamentos.',
    ],
  },
  {
    id: 'pt-golpe',
    lang: 'pt',
    title: 'Golpistas usam mensagens falsas de banco para roubar senhas',
    paras: [
      'Criminosos estão enviando mensagens que imitam um grande banco para roubar senhas e códigos de acesso, alerta o CERT.br.',
      'Os links levam a páginas falsas. Especialistas em segurança recomendam nunca digitar a senha a partir de um link recebido por mensagem.',
    ],
  },
  {
    id: 'pt-ddos',
    lang: 'pt',
    title: 'Ataque de negação de serviço derruba site de tribunal',
    paras: [
      'O site de um tribunal ficou fora do ar por seis horas após um ataque de negação de serviço, informou o órgão.',
      'Segundo o tribunal, nenhum dado foi acessado e os prazos processuais foram prorrogados.',
    ],
  },
  // Dutch.
  {
    id: 'nl-gemeente',
    lang: 'nl',
    title: 'Gemeente Veldhoven getroffen door cyberaanval',
    paras: [
      'De gemeente Veldhoven is getroffen door een cyberaanval. Criminelen hebben bestanden versleuteld en eisen losgeld.',
      'De gemeente heeft aangifte gedaan en het datalek gemeld bij de Autoriteit Persoonsgegevens. Het is nog onduidelijk welke gegevens zijn buitgemaakt.',
    ],
  },
  {
    id: 'nl-phishing',
    lang: 'nl',
    title: 'Politie waarschuwt voor phishingmails over pakketjes',
    paras: [
      'De politie waarschuwt voor phishingmails die uit naam van een bezorgdienst vragen om een klein bedrag te betalen.',
      'Wie op de link klikt, komt op een nagemaakte bankpagina waar oplichters de inloggegevens onderscheppen.',
    ],
  },
  {
    id: 'nl-lek',
    lang: 'nl',
    title: 'Ziekenhuis meldt onbevoegde toegang tot patiëntendossiers',
    paras: [
      'Een ziekenhuis in Zwolle meldt dat een medewerker zonder reden patiëntendossiers heeft ingezien. Het gaat om onbevoegde toegang tot gegevens van ruim duizend patiënten.',
      'Het ziekenhuis heeft het datalek gemeld en de medewerker geschorst.',
    ],
  },
  {
    id: 'nl-ncsc',
    lang: 'nl',
    title: 'NCSC waarschuwt voor actief misbruikte kwetsbaarheid in vpn-software',
    paras: [
      'Het Nationaal Cyber Security Centrum waarschuwt organisaties voor een kwetsbaarheid in veelgebruikte vpn-software die al door aanvallers wordt misbruikt.',
      'Beheerders moeten de beveiligingsupdate direct installeren, aldus het NCSC.',
    ],
  },
  // Japanese.
  {
    id: 'ja-leak',
    lang: 'ja',
    title: '通販サイトで顧客情報が流出した可能性',
    paras: [
      '通販サイトを運営する会社は、外部からの不正なアクセスにより、顧客約3万人分の氏名や住所が流出した可能性があると発表した。',
      '同社は警察に相談し、外部の専門家と調査を進めている。クレジットカード情報は保存していなかったという。',
    ],
  },
  {
    id: 'ja-hospital',
    lang: 'ja',
    title: '病院の電子カルテが停止、ランサムウェア被害',
    paras: [
      '市立病院は、電子カルテのシステムがランサムウェアに感染し、データが暗号化されたと発表した。新規の外来患者の受け入れを停止している。',
      '犯人側から身代金を要求するメッセージが残されていた。病院は警察と連携して復旧を急いでいる。',
    ],
  },
  {
    id: 'ja-login',
    lang: 'ja',
    title: 'ポイントサービスに不正ログイン、ポイントが不正利用',
    paras: [
      'ポイントサービスを運営する会社は、第三者による不正ログインがあり、約500人分のポイントが不正に利用されたと発表した。',
      '他のサイトから流出したIDとパスワードを使ったリスト型攻撃とみられる。同社はパスワードの変更を呼びかけている。',
    ],
  },
  {
    id: 'ja-jpcert',
    lang: 'ja',
    title: 'ルーターの脆弱性を悪用する攻撃、JPCERTが注意喚起',
    paras: [
      'JPCERTコーディネーションセンターは、家庭用ルーターの脆弱性を悪用する攻撃が確認されたとして、利用者にファームウェアの更新を呼びかけた。',
      '攻撃者は脆弱性を突いて機器を乗っ取り、他のサーバーへの攻撃に使っているという。',
    ],
  },
  // Russian.
  {
    id: 'ru-leak',
    lang: 'ru',
    title: 'Сеть аптек сообщила об утечке персональных данных клиентов',
    paras: [
      'Сеть аптек сообщила об утечке персональных данных клиентов: в открытый доступ попали имена, телефоны и история заказов.',
      'Компания заявила, что злоумышленники получили несанкционированный доступ к одной из баз данных, и уведомила регулятора.',
    ],
  },
  {
    id: 'ru-attack',
    lang: 'ru',
    title: 'Региональный оператор связи отразил компьютерную атаку',
    paras: [
      'Региональный оператор связи сообщил о компьютерной атаке на свою инфраструктуру: в течение нескольких часов у абонентов не работал интернет.',
      'В компании отметили, что атака была отражена, а данные клиентов не пострадали. Об инциденте сообщили в НКЦКИ.',
    ],
  },
  {
    id: 'ru-fraud',
    lang: 'ru',
    title: 'Мошенники рассылают поддельные письма от имени налоговой',
    paras: [
      'Кибермошенники рассылают письма от имени налоговой службы со ссылкой на поддельный сайт, где просят ввести данные банковской карты.',
      'В банке посоветовали не переходить по ссылкам из таких писем. Это типичная фишинговая рассылка, отмечают специалисты.',
    ],
  },
  {
    id: 'ru-encrypt',
    lang: 'ru',
    title: 'Завод остановил линию после атаки вируса-шифровальщика',
    paras: [
      'Завод остановил одну из производственных линий после того, как вирус-шифровальщик заблокировал компьютеры в цехах.',
      'Хакеры потребовали выкуп. Предприятие восстанавливает системы из резервных копий.',
    ],
  },
  // Chinese (Simplified).
  {
    id: 'zh-leak',
    lang: 'zh-Hans',
    title: '某电商平台发生用户信息泄露事件',
    paras: [
      '某电商平台发布公告称，因系统遭到非法访问，部分用户的姓名、手机号和收货地址可能已经泄露。',
      '平台表示已向公安机关报案，并提醒用户警惕冒充客服的诈骗电话。',
    ],
  },
  {
    id: 'zh-cncert',
    lang: 'zh-Hans',
    title: '国家互联网应急中心通报一批仿冒网站',
    paras: [
      '国家互联网应急中心日前通报，监测发现一批仿冒银行的钓鱼网站，用于窃取用户账号和密码。',
      '通报称，攻击者通过短信发送链接，诱导用户登录仿冒页面。',
    ],
  },
  {
    id: 'zh-ransom',
    lang: 'zh-Hans',
    title: '一家医院信息系统遭勒索病毒攻击',
    paras: [
      '一家医院的信息系统日前遭到勒索病毒攻击，部分服务器上的数据被加密，门诊挂号一度中断。',
      '攻击者要求支付比特币赎金。医院已报警，并组织技术人员恢复系统。',
    ],
  },
  // Chinese (Traditional).
  {
    id: 'zht-leak',
    lang: 'zh-Hant',
    title: '購物網站個資外洩 上萬名會員受影響',
    paras: [
      '一家購物網站坦承遭駭客入侵，造成上萬名會員的姓名、電話與地址外洩。',
      '業者已報警並通報主管機關，提醒會員小心假冒客服的詐騙電話。',
    ],
  },
  {
    id: 'zht-ddos',
    lang: 'zh-Hant',
    title: '政府網站遭分散式阻斷服務攻擊',
    paras: [
      '多個政府機關網站週一上午遭到分散式阻斷服務攻擊，一度無法連線。',
      '數位發展部表示，攻擊來自境外，網站已陸續恢復，沒有資料外洩。',
    ],
  },
  {
    id: 'zht-phish',
    lang: 'zh-Hant',
    title: '假冒銀行簡訊猖獗 刑事局籲勿點連結',
    paras: [
      '刑事警察局指出，近期出現大量假冒銀行的釣魚簡訊，引導民眾到假網站輸入帳號密碼。',
      '警方提醒，銀行不會以簡訊要求提供密碼，民眾收到可疑訊息應撥打反詐騙專線查證。',
    ],
  },
  // Korean.
  {
    id: 'ko-leak',
    lang: 'ko',
    title: '온라인 쇼핑몰 고객 개인정보 유출',
    paras: [
      '한 온라인 쇼핑몰이 외부의 무단 접속으로 고객 2만여 명의 이름과 전화번호, 주소가 유출됐다고 밝혔다.',
      '회사는 개인정보보호위원회와 한국인터넷진흥원에 신고하고 경찰에 수사를 의뢰했다.',
    ],
  },
  {
    id: 'ko-ddos',
    lang: 'ko',
    title: '공공기관 홈페이지 디도스 공격으로 접속 장애',
    paras: [
      '여러 공공기관 홈페이지가 디도스 공격을 받아 몇 시간 동안 접속이 되지 않았다.',
      '당국은 공격 배후를 조사하고 있으며 개인정보 유출은 확인되지 않았다고 밝혔다.',
    ],
  },
  {
    id: 'ko-intrusion',
    lang: 'ko',
    title: '병원 전산망 침해사고… 진료 차질',
    paras: [
      '한 대학병원 전산망에서 침해사고가 발생해 진료 예약 시스템이 중단됐다.',
      '병원 측은 랜섬웨어 감염 여부를 조사 중이라며 환자 정보 유출 가능성도 살펴보고 있다고 밝혔다.',
    ],
  },
  // Polish.
  {
    id: 'pl-urzad',
    lang: 'pl',
    title: 'Atak na systemy urzędu miasta. Dane mieszkańców mogły wyciec',
    paras: [
      'Urząd miasta poinformował o ataku na swoje systemy informatyczne. Przestępcy zaszyfrowali serwery i żądają okupu.',
      'Urząd zgłosił naruszenie ochrony danych osobowych do UODO i powiadomił CERT Polska.',
    ],
  },
  {
    id: 'pl-sklep',
    lang: 'pl',
    title: 'Sklep internetowy potwierdza kradzież danych klientów',
    paras: [
      'Sklep internetowy potwierdził kradzież danych klientów po nieuprawnionym dostępie do bazy zamówień.',
      'Firma ostrzega przed fałszywymi wiadomościami i zaleca zmianę haseł.',
    ],
  },
  {
    id: 'pl-luka',
    lang: 'pl',
    title: 'CERT Polska ostrzega przed luką w zabezpieczeniach routerów',
    paras: [
      'CERT Polska ostrzega przed luką w zabezpieczeniach popularnych routerów, którą przestępcy już wykorzystują.',
      'Producent udostępnił aktualizację oprogramowania. Użytkownicy powinni ją zainstalować jak najszybciej.',
    ],
  },
];

export const NEGATIVE_STORIES: BankStory[] = [
  {
    id: 'en-football',
    lang: 'en',
    title: 'Rovers breach stubborn defence late to sink City',
    paras: [
      'Rovers finally breached City\u2019s defence in the 88th minute when the striker exploited a gap at the back post.',
      'City had attacked for most of the second half, but their full-backs were exposed on the counter and the manager said the defence was breached once too often.',
    ],
  },
  {
    id: 'en-takeover',
    lang: 'en',
    title: 'Board rejects hostile takeover bid from rival',
    paras: [
      'The board of Carden Foods rejected a hostile takeover bid on Monday, saying the offer undervalued the company and exposed shareholders to risk.',
      'The rival group could now take its offer directly to shareholders. Analysts said the bid was an attack on the company\u2019s strategy rather than its price.',
    ],
  },
  {
    id: 'en-film',
    lang: 'en',
    title: 'Review: a hacker thriller that never logs on',
    paras: [
      'The film follows a hacker who breaks into a bank\u2019s network to expose a corrupt director, and the screenplay treats the keyboard as a weapon.',
      'The cast is strong, but the hacking scenes are all green text and countdowns, and the sequel teased in the last episode of the trailer seems unlikely.',
    ],
  },
  {
    id: 'en-novel',
    lang: 'en',
    title: 'A novel about a virus, a spy and a city under lockdown',
    paras: [
      'Her new novel follows a spy sent to a city where a virus has closed the borders and infection rates climb every day.',
      'The thriller is at its best when it stays with the doctors, less so when it tries to explain the surveillance plot.',
    ],
  },
  {
    id: 'en-product',
    lang: 'en',
    title: 'Aegis Home Router X5 - Buy now',
    paras: [
      'The Aegis X5 gives your whole family fast Wi-Fi with a built-in firewall, automatic updates and parental controls.',
      'Add to cart today and get free delivery. Compare with the X3 and choose the plan that suits your home.',
    ],
  },
  {
    id: 'en-job',
    lang: 'en',
    title: 'Job: Security Guard, night shift',
    paras: [
      'We are hiring a security guard for night shifts at a distribution centre. Duties include patrols, checking visitors and reporting any breach of site rules.',
      'Apply with your licence and two references. Competitive pay and overtime available.',
    ],
  },
  {
    id: 'en-bank-tips',
    lang: 'en',
    title: 'Protecting your money: tips from Harbour Bank',
    paras: [
      'Harbour Bank will never ask you to move money to a safe account. If someone calls claiming to be from the bank, hang up and call the number on your card.',
      'Keep your card PIN to yourself, check your statements each month and set up alerts in our app. Learn more about our fraud guarantee.',
    ],
  },
  {
    id: 'en-medical',
    lang: 'en',
    title: 'Flu virus infections rise ahead of winter',
    paras: [
      'Infections with the flu virus are rising earlier than usual, health officials said, and hospitals are seeing more patients with severe symptoms.',
      'Doctors urged older people to get vaccinated, saying exposure in crowded places is hard to avoid in winter.',
    ],
  },
  {
    id: 'en-finance',
    lang: 'en',
    title: 'Banks cut exposure to commercial property',
    paras: [
      'Regional banks have cut their exposure to commercial property loans as office vacancies rise, a central bank report said.',
      'The report said the sector was vulnerable to a sharp fall in prices but that capital buffers were adequate.',
    ],
  },
  {
    id: 'en-password-game',
    lang: 'en',
    title: 'Escape room opens with a password puzzle and a fake bank vault',
    paras: [
      'A new escape room in the old post office asks teams to crack a password, open a fake bank vault and escape before the alarm rings.',
      'The owners said the vault puzzle is the hardest and that only one team in ten breaks in within the hour.',
    ],
  },
  {
    id: 'en-lifehack',
    lang: 'en',
    title: 'Ten kitchen hacks that save time on weeknights',
    paras: [
      'These kitchen hacks will change how you cook: freeze herbs in oil, use a pizza cutter for pancakes and keep a bowl for scraps.',
      'Our favourite budget hack is to plan meals around what is already in the fridge.',
    ],
  },
  {
    id: 'en-data-privacy-policy',
    lang: 'en',
    title: 'Our privacy policy',
    paras: [
      'We collect the personal data you give us when you create an account, and we use it to provide our services and to send you updates you have asked for.',
      'You can ask us to correct or delete your data at any time. We keep data only as long as we need it.',
    ],
  },
  {
    id: 'de-fussball',
    lang: 'de',
    title: 'Abwehr durchbrochen: Bremen verliert spät',
    paras: [
      'In der 89. Minute durchbrach der Stürmer die Abwehr und nutzte die Lücke am langen Pfosten.',
      'Der Trainer sagte, seine Mannschaft habe im zweiten Durchgang zu viele Lücken gelassen.',
    ],
  },
  {
    id: 'de-grippe',
    lang: 'de',
    title: 'Grippewelle: Zahl der Infektionen steigt',
    paras: [
      'Die Zahl der Infektionen mit dem Grippevirus steigt in diesem Herbst früher als gewohnt, teilte das Gesundheitsamt mit.',
      'Ärzte raten älteren Menschen zur Impfung.',
    ],
  },
  {
    id: 'fr-rachat',
    lang: 'fr',
    title: 'Offre publique hostile sur un fabricant de jouets',
    paras: [
      'Un concurrent a lancé une offre hostile sur un fabricant de jouets, dont le conseil juge le prix insuffisant.',
      'Les actionnaires ont jusqu\u2019à fin mars pour se prononcer.',
    ],
  },
  {
    id: 'fr-film',
    lang: 'fr',
    title: 'Critique : un film de pirates informatiques sans souffle',
    paras: [
      'Le film suit un jeune pirate qui s\u2019introduit dans les serveurs d\u2019une banque, mais le scénario s\u2019essouffle vite.',
      'Le réalisateur filme les écrans comme des tableaux, et la bande originale ne sauve pas la série.',
    ],
  },
  {
    id: 'es-futbol',
    lang: 'es',
    title: 'El Betis rompe la defensa rival en el descuento',
    paras: [
      'El delantero aprovechó un hueco en la defensa en el minuto 92 y dio la victoria a su equipo.',
      'El entrenador reconoció que su equipo había sufrido mucho en la segunda parte.',
    ],
  },
  {
    id: 'it-virus',
    lang: 'it',
    title: 'Influenza, aumentano i casi di infezione',
    paras: [
      'I casi di infezione da virus influenzale sono in aumento in tutte le regioni, secondo il bollettino settimanale.',
      'I medici consigliano la vaccinazione alle persone fragili.',
    ],
  },
  {
    id: 'pt-futebol',
    lang: 'pt',
    title: 'Time vence com gol nos acréscimos',
    paras: [
      'O atacante aproveitou uma falha da defesa nos acréscimos e marcou o gol da vitória.',
      'O técnico disse que o time precisa corrigir as falhas de marcação.',
    ],
  },
  {
    id: 'nl-overname',
    lang: 'nl',
    title: 'Vijandige overname van bouwbedrijf afgeslagen',
    paras: [
      'Het bestuur van een bouwbedrijf heeft een vijandig overnamebod van een concurrent afgewezen.',
      'Volgens het bestuur was het bod te laag en kwam het op een slecht moment.',
    ],
  },
  {
    id: 'ja-flu',
    lang: 'ja',
    title: 'インフルエンザの感染者が増加',
    paras: [
      '県内でインフルエンザの感染者が増えており、県は手洗いやうがいなどの対策を呼びかけている。',
      '医師は高齢者にワクチンの接種を勧めている。',
    ],
  },
  {
    id: 'ja-oil',
    lang: 'ja',
    title: 'タンカー事故で原油が流出',
    paras: [
      '沖合でタンカーが座礁し、原油が海に流出した。海上保安庁が回収作業を進めている。',
      '漁業への影響が心配されている。',
    ],
  },
  {
    id: 'ru-rally',
    lang: 'ru',
    title: 'Полиция задержала участников несанкционированного митинга',
    paras: [
      'Полиция задержала нескольких участников несанкционированного митинга в центре города.',
      'Организаторы заявили, что подавали заявку, но не получили ответа.',
    ],
  },
  {
    id: 'zh-flu',
    lang: 'zh-Hans',
    title: '流感病毒感染病例增加',
    paras: [
      '近期流感病毒感染病例明显增加，专家提醒市民注意防护，及时接种疫苗。',
      '医院发热门诊就诊人数较上周上升。',
    ],
  },
  {
    id: 'zht-movie',
    lang: 'zh-Hant',
    title: '影評：駭客電影的老套路',
    paras: [
      '這部電影講述一名天才駭客闖入銀行系統的故事，但劇情與角色都缺乏新意。',
      '導演把大量篇幅放在動作場面上，配樂倒是可圈可點。',
    ],
  },
  {
    id: 'ko-outflow',
    lang: 'ko',
    title: '외국인 자금 유출 계속… 증시 약세',
    paras: [
      '외국인 투자자 자금 유출이 이어지면서 코스피가 사흘째 하락했다.',
      '전문가들은 환율 변동성이 커졌다고 분석했다.',
    ],
  },
  {
    id: 'pl-choroba',
    lang: 'pl',
    title: 'Rośnie liczba zakażeń wirusem grypy',
    paras: [
      'Rośnie liczba zakażeń wirusem grypy, podaje sanepid. Lekarze zalecają szczepienia osobom starszym.',
      'Podatność na powikłania jest największa wśród dzieci i seniorów.',
    ],
  },
  {
    id: 'de-troja',
    lang: 'de',
    title: 'Ausstellung: Die Trojaner und das hölzerne Pferd',
    paras: [
      'Eine neue Ausstellung im Landesmuseum erzählt, wie die Trojaner zehn Jahre lang ihre Stadt gegen die Angreifer verteidigten.',
      'Im Mittelpunkt steht ein Nachbau des hölzernen Pferdes, mit dem die Griechen am Ende doch in die Stadt gelangten.',
    ],
  },
  {
    id: 'en-vat',
    lang: 'en',
    title: 'Builder jailed over fake invoices in VAT fraud',
    paras: [
      'A builder was jailed for four years after using fake invoices to claim back VAT on work that was never done, a court heard.',
      'Investigators said the scheme cost taxpayers more than two million pounds over six years.',
    ],
  },
  {
    id: 'en-rally',
    lang: 'en',
    title: 'Protesters gain initial access to square before police move in',
    paras: [
      'Protesters gained initial access to the central square on Saturday before police pushed them back to the side streets.',
      'Organisers said the rally had been notified to the council in advance, and that several people were detained.',
    ],
  },
  {
    id: 'fr-foot',
    lang: 'fr',
    title: 'Ligue 1 : l\u2019attaque lyonnaise fait plier la défense niçoise',
    paras: [
      'L\u2019attaque lyonnaise a fini par trouver la faille dans la défense niçoise en fin de match.',
      'L\u2019entraîneur a salué l\u2019intrusion de son latéral dans la surface sur le but décisif.',
    ],
  },
  {
    id: 'ko-sign',
    lang: 'ko',
    title: '공사 현장 무단 접근 금지 안내',
    paras: [
      '안전을 위해 공사 현장에 무단 접근을 금지합니다. 출입이 필요한 경우 관리사무소에 문의해 주십시오.',
      '위반 시 관련 법령에 따라 처벌될 수 있습니다.',
    ],
  },
];
