<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>About</name>
    <message>
      <location filename="../../cxjournal/ui/about.py" />
      <source>About CX Journal</source>
      <translation>À propos de CX Journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/about.py" />
      <source>Customer feedback, staff concerns, promises and follow-ups in one journal.</source>
      <translation>Les retours des clients, les préoccupations de l'équipe, les promesses et les relances dans un seul journal.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/about.py" />
      <source>Fonts: DejaVu (Bitstream Vera licence). Built with Qt for Python (LGPL).</source>
      <translation>Polices : DejaVu (licence Bitstream Vera). Réalisé avec Qt for Python (LGPL).</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/about.py" />
      <source>Free software under the GNU General Public License, version 3 or later.</source>
      <translation>Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/about.py" />
      <source>Your journal file:</source>
      <translation>Votre fichier journal :</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../cxjournal/ui/main_window.py" />
      <source>CX Journal</source>
      <translation>CX Journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/main_window.py" />
      <source>CX Journal — {name}</source>
      <translation>CX Journal — {name}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/main_window.py" />
      <source>Customers</source>
      <translation>Clients</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/main_window.py" />
      <source>Follow-ups</source>
      <translation>Relances</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/main_window.py" />
      <source>Journal</source>
      <translation>Journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/main_window.py" />
      <source>New entry…</source>
      <translation>Nouvelle entrée…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/main_window.py" />
      <source>Pages</source>
      <translation>Pages</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/main_window.py" />
      <source>Promises</source>
      <translation>Promesses</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/main_window.py" />
      <source>Refresh</source>
      <translation>Actualiser</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/main_window.py" />
      <source>Reports</source>
      <translation>Rapports</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/main_window.py" />
      <source>Settings</source>
      <translation>Réglages</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/main_window.py" />
      <source>Staff</source>
      <translation>Personnel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/main_window.py" />
      <source>Today</source>
      <translation>Aujourd'hui</translation>
    </message>
  </context>
  <context>
    <name>MissedRemindersDialog</name>
    <message>
      <location filename="../../cxjournal/ui/reminder_banner.py" />
      <source>One reminder came due while CX Journal was closed.</source>
      <translation>Un rappel est arrivé à échéance pendant que CX Journal était fermé.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/reminder_banner.py" />
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/reminder_banner.py" />
      <source>While CX Journal was closed</source>
      <translation>Pendant que CX Journal était fermé</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/reminder_banner.py" />
      <source>{count} reminders came due while CX Journal was closed.</source>
      <translation>{count} rappels sont arrivés à échéance pendant que CX Journal était fermé.</translation>
    </message>
  </context>
  <context>
    <name>Page</name>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>&amp;Preview</source>
      <translation>&amp;Aperçu</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>&amp;Save as PDF…</source>
      <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Building the report…</source>
      <translation>Préparation du rapport…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Cannot print</source>
      <translation>Impression impossible</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Cannot save</source>
      <translation>Enregistrement impossible</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Include confidential entries</source>
      <translation>Inclure les entrées confidentielles</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Language of the app</source>
      <translation>Langue de l'application</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Language:</source>
      <translation>Langue :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Month</source>
      <translation>Mois</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Month:</source>
      <translation>Mois :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Monthly relationship report</source>
      <translation>Rapport mensuel de la relation</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Name or #number</source>
      <translation>Nom ou n°</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>P&amp;rint…</source>
      <translation>&amp;Imprimer…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>PDF files (*.pdf)</source>
      <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Page {number}</source>
      <translation>Page {number}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Person</source>
      <translation>Personne</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Person history</source>
      <translation>Historique d'une personne</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Person:</source>
      <translation>Personne :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Preview</source>
      <translation>Aperçu</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Report</source>
      <translation>Rapport</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Report:</source>
      <translation>Rapport :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Save the report</source>
      <translation>Enregistrer le rapport</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Saved to {path}.</source>
      <translation>Enregistré dans {path}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Sent {printed} of {total} pages to the printer.</source>
      <translation>{printed} pages sur {total} envoyées à l'imprimante.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>The printer is not ready.</source>
      <translation>L'imprimante n'est pas prête.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>The report could not be built: {reason}</source>
      <translation>Le rapport n'a pas pu être préparé : {reason}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>The report could not be saved to {path}: {reason}</source>
      <translation>Le rapport n'a pas pu être enregistré dans {path} : {reason}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/customers.py" />
      <location filename="../../cxjournal/ui/pages/followups.py" />
      <location filename="../../cxjournal/ui/pages/journal.py" />
      <location filename="../../cxjournal/ui/pages/promises.py" />
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <location filename="../../cxjournal/ui/pages/staff.py" />
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>This page is coming soon.</source>
      <translation>Cette page arrive bientôt.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Week of</source>
      <translation>Semaine du</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Week of:</source>
      <translation>Semaine du :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Weekly follow-up sheet</source>
      <translation>Fiche de relances de la semaine</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>{count} pages. Save or print it.</source>
      <translation>{count} pages. Enregistrez-le ou imprimez-le.</translation>
    </message>
  </context>
  <context>
    <name>ReminderBanner</name>
    <message>
      <location filename="../../cxjournal/ui/reminder_banner.py" />
      <source>+{count} more</source>
      <translation>+{count} autres</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/reminder_banner.py" />
      <source>Dismiss</source>
      <translation>Ignorer</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/reminder_banner.py" />
      <source>Done</source>
      <translation>Fait</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/reminder_banner.py" />
      <source>For an hour</source>
      <translation>Pour une heure</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/reminder_banner.py" />
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/reminder_banner.py" />
      <source>Reminder</source>
      <translation>Rappel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/reminder_banner.py" />
      <source>Snooze</source>
      <translation>Reporter</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/reminder_banner.py" />
      <source>Until next week</source>
      <translation>À la semaine prochaine</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/reminder_banner.py" />
      <source>Until tomorrow morning</source>
      <translation>À demain matin</translation>
    </message>
  </context>
  <context>
    <name>ReminderNotifier</name>
    <message>
      <location filename="../../cxjournal/ui/notifier.py" />
      <source>and {count} more</source>
      <translation>et {count} autres</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/notifier.py" />
      <source>{count} reminders</source>
      <translation>{count} rappels</translation>
    </message>
  </context>
  <context>
    <name>TrashDialog</name>
    <message>
      <location filename="../../cxjournal/ui/trash_dialog.py" />
      <source>&amp;Delete for good…</source>
      <translation>&amp;Supprimer définitivement…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/trash_dialog.py" />
      <source>&amp;Empty trash…</source>
      <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/trash_dialog.py" />
      <source>&amp;Restore</source>
      <translation>&amp;Restaurer</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/trash_dialog.py" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/trash_dialog.py" />
      <source>Delete for good</source>
      <translation>Supprimer définitivement</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/trash_dialog.py" />
      <source>Delete the {count} item(s) in the trash for good? This cannot be undone.</source>
      <translation>Supprimer définitivement les {count} élément(s) de la corbeille ? Cette action est irréversible.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/trash_dialog.py" />
      <source>Delete “{name}” for good? This cannot be undone.</source>
      <translation>Supprimer définitivement « {name} » ? Cette action est irréversible.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/trash_dialog.py" />
      <source>Deleted</source>
      <translation>Supprimé le</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/trash_dialog.py" />
      <source>Deleted items stay here until you delete them for good.</source>
      <translation>Les éléments supprimés restent ici jusqu'à ce que vous les supprimiez définitivement.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/trash_dialog.py" />
      <source>Empty trash</source>
      <translation>Vider la corbeille</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/trash_dialog.py" />
      <source>Entry</source>
      <translation>Entrée</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/trash_dialog.py" />
      <source>Follow-up</source>
      <translation>Relance</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/trash_dialog.py" />
      <source>Goes with it</source>
      <translation>Supprimé avec</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/trash_dialog.py" />
      <source>Items in the trash</source>
      <translation>Éléments de la corbeille</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/trash_dialog.py" />
      <source>Name or title</source>
      <translation>Nom ou titre</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/trash_dialog.py" />
      <source>Person</source>
      <translation>Personne</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/trash_dialog.py" />
      <source>Promise</source>
      <translation>Promesse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/trash_dialog.py" />
      <source>The trash is empty.</source>
      <translation>La corbeille est vide.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/trash_dialog.py" />
      <source>Their {count} entries, promises and follow-ups will be deleted too.</source>
      <translation>Ses {count} entrées, promesses et relances seront aussi supprimées.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/trash_dialog.py" />
      <source>Trash</source>
      <translation>Corbeille</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/trash_dialog.py" />
      <source>What</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/trash_dialog.py" />
      <source>{count} item(s) of their history</source>
      <translation>{count} élément(s) de son historique</translation>
    </message>
  </context>
  <context>
    <name>WelcomeDialog</name>
    <message>
      <location filename="../../cxjournal/ui/welcome.py" />
      <source>&amp;Business name:</source>
      <translation>Nom de l'&amp;entreprise :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/welcome.py" />
      <source>&amp;Language:</source>
      <translation>&amp;Langue :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/welcome.py" />
      <source>Business name</source>
      <translation>Nom de l'entreprise</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/welcome.py" />
      <source>Follow the system</source>
      <translation>Suivre le système</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/welcome.py" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/welcome.py" />
      <source>One journal for what your customers and your staff tell you, the promises you make them and the follow-ups you plan. Two questions to start:</source>
      <translation>Un seul journal pour ce que vous disent vos clients et votre équipe, les promesses que vous leur faites et les relances que vous prévoyez. Deux questions pour commencer :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/welcome.py" />
      <source>Start</source>
      <translation>Commencer</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/welcome.py" />
      <source>Welcome to CX Journal</source>
      <translation>Bienvenue dans CX Journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/welcome.py" />
      <source>You can change both later in Settings.</source>
      <translation>Vous pourrez modifier les deux plus tard dans les Réglages.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/welcome.py" />
      <source>e.g. Boulangerie Martin</source>
      <translation>ex. Boulangerie Martin</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <location filename="../../cxjournal/ui/app.py" />
      <source>The backup was restored. The previous file was kept as {path}.</source>
      <translation>La sauvegarde a été restaurée. L'ancien fichier a été conservé sous {path}.</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source> (archived)</source>
      <translation> (archivé)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>(anonymous)</source>
      <translation>(anonyme)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>Added department {name} (#{id}).</source>
      <translation>Service {name} ajouté (n° {id}).</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>Added {name} (#{id}).</source>
      <translation>{name} ajouté(e) (n° {id}).</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>Archived {name}.</source>
      <translation>{name} archivé(e).</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/__init__.py" />
      <source>CX Journal: customer feedback, staff concerns, promises and follow-ups in one journal. Without a command, the window opens.</source>
      <translation>CX Journal : retours des clients, préoccupations de l'équipe, promesses et relances dans un seul journal. Sans commande, la fenêtre s'ouvre.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_demo.py" />
      <source>Demo journal ready: {people} people, {entries} entries, {promises} promises, {followups} follow-ups ({seconds:.1f} s).</source>
      <translation>Journal de démonstration prêt : {people} personnes, {entries} entrées, {promises} promesses, {followups} relances ({seconds:.1f} s).</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_followups.py" />
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>Entry #{id} closed.</source>
      <translation>Entrée n° {id} classée.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>Entry #{id} reopened.</source>
      <translation>Entrée n° {id} rouverte.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_followups.py" />
      <source>Follow-up #{id} done.</source>
      <translation>Relance n° {id} faite.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_followups.py" />
      <source>Follow-up #{id} set for {due}.</source>
      <translation>Relance n° {id} prévue le {due}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_followups.py" />
      <source>Follow-up #{id} snoozed until {when}.</source>
      <translation>Relance n° {id} reportée au {when}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>From</source>
      <translation>Du</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>Logged entry #{id}.</source>
      <translation>Entrée n° {id} enregistrée.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_search.py" />
      <source>Month {month}</source>
      <translation>Mois {month}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_followups.py" />
      <source>Next one: #{id} on {due}.</source>
      <translation>Prochaine : n° {id} le {due}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <source>Promise #{id} cancelled.</source>
      <translation>Promesse n° {id} annulée.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <source>Promise #{id} kept.</source>
      <translation>Promesse n° {id} tenue.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <source>Promise #{id} marked broken.</source>
      <translation>Promesse n° {id} marquée non tenue.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <source>Promise #{id} now due {due} (first promised for {first}).</source>
      <translation>Promesse n° {id} désormais due le {due} (promise d'abord pour le {first}).</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <source>Promise #{id} recorded, due {due}.</source>
      <translation>Promesse n° {id} enregistrée, échéance le {due}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_search.py" />
      <source>Promises due: {due}, kept on time: {kept}, late: {late}, broken: {broken}, keeping rate: {rate} %</source>
      <translation>Promesses échues : {due}, tenues à temps : {kept}, en retard : {late}, non tenues : {broken}, taux de promesses tenues : {rate} %</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_followups.py" />
      <source>RFC 5545 rule, e.g. FREQ=MONTHLY;BYDAY=1MO</source>
      <translation>règle RFC 5545, par ex. FREQ=MONTHLY;BYDAY=1MO</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>Response recorded on entry #{id}.</source>
      <translation>Réponse enregistrée sur l'entrée n° {id}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>Saved {name} (#{id}).</source>
      <translation>{name} enregistré(e) (n° {id}).</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>To</source>
      <translation>Au</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_reports.py" />
      <source>Week of</source>
      <translation>Semaine du</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_reports.py" />
      <source>Wrote {path}: {pages} page(s).</source>
      <translation>{path} écrit : {pages} page(s).</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>add a customer or a staff member</source>
      <translation>ajouter un client ou un membre du personnel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>add a department</source>
      <translation>ajouter un service</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_followups.py" />
      <source>add a follow-up, once or repeating</source>
      <translation>ajouter une relance, ponctuelle ou répétée</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>add, list, show, edit or archive people</source>
      <translation>ajouter, lister, afficher, modifier ou archiver des personnes</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <source>agree a new due date</source>
      <translation>convenir d'une nouvelle échéance</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_reminders.py" />
      <source>also write the text of confidential entries</source>
      <translation>écrire aussi le texte des entrées confidentielles</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_reports.py" />
      <source>any day of the week</source>
      <translation>n'importe quel jour de la semaine</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>bring them back</source>
      <translation>les rétablir</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>change a person's details</source>
      <translation>modifier les coordonnées d'une personne</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>close it without action</source>
      <translation>la classer sans suite</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>comma-separated tags</source>
      <translation>étiquettes séparées par des virgules</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>company, for a business customer</source>
      <translation>société, pour un client professionnel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/__init__.py" />
      <source>cxjournal: interrupted</source>
      <translation>cxjournal : interrompu</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_reports.py" />
      <source>default: the language setting</source>
      <translation>par défaut : la langue des réglages</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_search.py" />
      <source>default: this month</source>
      <translation>par défaut : ce mois-ci</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>department (staff only)</source>
      <translation>service (personnel uniquement)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <source>entry it answers</source>
      <translation>entrée à laquelle elle répond</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>entry number</source>
      <translation>numéro de l'entrée</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_reports.py" />
      <source>everything about one person</source>
      <translation>tout ce qui concerne une personne</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_demo.py" />
      <source>fill an empty journal with demo data</source>
      <translation>remplir un journal vide avec des données de démonstration</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_search.py" />
      <source>full-text search of the journal</source>
      <translation>recherche en texte intégral dans le journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_reminders.py" />
      <source>give a number of days from 0 to 3660</source>
      <translation>indiquez un nombre de jours entre 0 et 3660</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>hide a person from everyday lists</source>
      <translation>masquer une personne des listes courantes</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_followups.py" />
      <source>hour, tomorrow, next-week, or YYYY-MM-DD HH:MM</source>
      <translation>hour (dans une heure), tomorrow (demain), next-week (semaine prochaine) ou AAAA-MM-JJ HH:MM</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>how often to check in with its staff</source>
      <translation>fréquence des points avec son personnel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/__init__.py" />
      <source>journal file to use (default: $CXJOURNAL_DB, else the user data folder)</source>
      <translation>fichier journal à utiliser (par défaut : $CXJOURNAL_DB, sinon le dossier de données de l'utilisateur)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_followups.py" />
      <source>keep it quiet until later</source>
      <translation>la mettre de côté jusqu'à plus tard</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>list departments</source>
      <translation>lister les services</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>list entries with filters</source>
      <translation>lister les entrées avec des filtres</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_followups.py" />
      <source>list follow-ups, soonest first</source>
      <translation>lister les relances, les plus proches d'abord</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>list or add departments</source>
      <translation>lister ou ajouter des services</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>list people</source>
      <translation>lister les personnes</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <source>list promises, soonest due first</source>
      <translation>lister les promesses, les plus proches d'abord</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_reminders.py" />
      <source>look N days ahead (default 0: today)</source>
      <translation>regarder N jours à l'avance (par défaut 0 : aujourd'hui)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>mark an entry resolved</source>
      <translation>marquer une entrée comme résolue</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_followups.py" />
      <source>mark done (a repeating one is scheduled again)</source>
      <translation>marquer comme faite (une relance répétée est reprogrammée)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_followups.py" />
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <location filename="../../cxjournal/cli/cmd_reports.py" />
      <source>name or #id</source>
      <translation>nom ou n°</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>name or #id (leave out for an anonymous walk-in)</source>
      <translation>nom ou n° (à omettre pour un client de passage anonyme)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>needed only without --person</source>
      <translation>nécessaire seulement sans --person</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_reminders.py" />
      <source>now</source>
      <translation>maintenant</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_reminders.py" />
      <source>open follow-ups and promise due dates as a calendar file</source>
      <translation>les relances ouvertes et les échéances des promesses, en fichier d'agenda</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>part of a name, email or phone</source>
      <translation>une partie d'un nom, d'un e-mail ou d'un téléphone</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>print the result as JSON</source>
      <translation>afficher le résultat en JSON</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_reports.py" />
      <source>print-ready PDF reports</source>
      <translation>rapports PDF prêts à imprimer</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <source>promises made to customers and staff</source>
      <translation>promesses faites aux clients et au personnel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>record a new journal entry</source>
      <translation>enregistrer une nouvelle entrée du journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <source>record a promise</source>
      <translation>enregistrer une promesse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>record a response given</source>
      <translation>enregistrer une réponse donnée</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_followups.py" />
      <source>reminders to follow up</source>
      <translation>rappels pour relancer</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>reopen a closed entry</source>
      <translation>rouvrir une entrée classée</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>role or job title</source>
      <translation>rôle ou fonction</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>show one entry and its responses</source>
      <translation>afficher une entrée et ses réponses</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>show one person</source>
      <translation>afficher une personne</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>show, answer, resolve or reopen an entry</source>
      <translation>afficher, répondre, résoudre ou rouvrir une entrée</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_reminders.py" />
      <source>soon</source>
      <translation>bientôt</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_search.py" />
      <source>the figures of a month</source>
      <translation>les chiffres d'un mois</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_reports.py" />
      <source>the monthly relationship report</source>
      <translation>le rapport mensuel de la relation</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <source>the promise no longer applies</source>
      <translation>la promesse ne s'applique plus</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <source>the promise was kept</source>
      <translation>la promesse a été tenue</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <source>the promise will not be kept</source>
      <translation>la promesse ne sera pas tenue</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_reports.py" />
      <source>this week's follow-up sheet, to pin on the wall</source>
      <translation>la fiche de relances de la semaine, à afficher au mur</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_reminders.py" />
      <source>what is overdue or due within N days (for cron or scripts)</source>
      <translation>ce qui est en retard ou dû dans les N jours (pour cron ou des scripts)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <source>when (default now)</source>
      <translation>quand (par défaut maintenant)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>when it happened (YYYY-MM-DD HH:MM; default now)</source>
      <translation>quand cela s'est passé (AAAA-MM-JJ HH:MM ; par défaut maintenant)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_reminders.py" />
      <source>write the journal to other formats</source>
      <translation>écrire le journal dans d'autres formats</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_reminders.py" />
      <source>{count} events written to {path}.</source>
      <translation>{count} événements écrits dans {path}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>{name} is back.</source>
      <translation>{name} est de retour.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_search.py" />
      <source>{n} entries, {opened} problems opened, {resolved} resolved, first response {first} h (median), resolution {res} h, satisfaction {sat}</source>
      <translation>{n} entrées, {opened} problèmes ouverts, {resolved} résolus, première réponse {first} h (médiane), résolution {res} h, satisfaction {sat}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_search.py" />
      <source>{side}:</source>
      <translation>{side} :</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <location filename="../../cxjournal/demo.py" />
      <source>A demo needs at least 3 people, 0 entries and 1 month.</source>
      <translation>Une démonstration demande au moins 3 personnes, 0 entrée et 1 mois.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/people.py" />
      <source>A department called “{name}” already exists.</source>
      <translation>Un service nommé « {name} » existe déjà.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/promises.py" />
      <source>A promise cannot be settled before it was made.</source>
      <translation>Une promesse ne peut pas être réglée avant d'avoir été faite.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <source>A response cannot come before the entry it answers.</source>
      <translation>Une réponse ne peut pas précéder l'entrée à laquelle elle répond.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <source>An entry cannot be resolved before it happened.</source>
      <translation>Une entrée ne peut pas être résolue avant d'avoir eu lieu.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <source>An entry cannot move between customers and staff.</source>
      <translation>Une entrée ne peut pas passer des clients au personnel, ni l'inverse.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/settings.py" />
      <source>Answer yes or no.</source>
      <translation>Répondez oui ou non.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/connection.py" />
      <source>Cannot create the journal {path}: {reason}</source>
      <translation>Impossible de créer le journal {path} : {reason}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/ics_export.py" />
      <source>Cannot write the calendar to {path}: {reason}</source>
      <translation>Impossible d'écrire l'agenda dans {path} : {reason}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/building.py" />
      <source>Cannot write {path}: {reason}</source>
      <translation>Impossible d'écrire {path} : {reason}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/reminders.py" />
      <source>Check in with {department}</source>
      <translation>Faire le point avec {department}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/reminders.py" />
      <source>Confidential complaint</source>
      <translation>Réclamation confidentielle</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/reminders.py" />
      <source>Confidential concern</source>
      <translation>Signalement confidentiel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/ics_export.py" />
      <location filename="../../cxjournal/services/reminders.py" />
      <source>Confidential follow-up</source>
      <translation>Relance confidentielle</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/reminders.py" />
      <source>Confidential promise</source>
      <translation>Promesse confidentielle</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/followups.py" />
      <location filename="../../cxjournal/services/people.py" />
      <source>Department</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/people.py" />
      <source>Department name</source>
      <translation>Nom du service</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <source>Details</source>
      <translation>Détails</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/followups.py" />
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/promises.py" />
      <source>Due date</source>
      <translation>Date d'échéance</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/validation.py" />
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/entry_query.py" />
      <source>Entries cannot be sorted by “{name}”.</source>
      <translation>Les entrées ne peuvent pas être triées par « {name} ».</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <location filename="../../cxjournal/services/followups.py" />
      <location filename="../../cxjournal/services/promises.py" />
      <source>Entry</source>
      <translation>Entrée</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/ics_export.py" />
      <location filename="../../cxjournal/services/followups.py" />
      <source>Follow-up</source>
      <translation>Relance</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/reminders.py" />
      <source>Follow-up due {when}</source>
      <translation>Relance prévue {when}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/followups.py" />
      <source>Give a single repeat rule.</source>
      <translation>Donnez une seule règle de répétition.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/settings.py" />
      <source>Give a whole number from 0 (off) to 10000.</source>
      <translation>Donnez un nombre entier de 0 (désactivé) à 10000.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/followups.py" />
      <source>Give only the repeat rule (FREQ=...), not a start date.</source>
      <translation>Donnez seulement la règle de répétition (FREQ=...), pas de date de début.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/promises.py" />
      <source>Give the new due date.</source>
      <translation>Donnez la nouvelle échéance.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/promises.py" />
      <source>Made on</source>
      <translation>Faite le</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/people.py" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/promises.py" />
      <source>New due date</source>
      <translation>Nouvelle échéance</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/reminders.py" />
      <source>No response after {hours} hours</source>
      <translation>Sans réponse depuis {hours} heures</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/people.py" />
      <source>Nobody called “{name}” is in the journal.</source>
      <translation>Personne ne s'appelle « {name} » dans le journal.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/promises.py" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/followups.py" />
      <location filename="../../cxjournal/services/people.py" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/promises.py" />
      <source>Only an open promise can be given a new date.</source>
      <translation>Seule une promesse en cours peut recevoir une nouvelle date.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/people.py" />
      <source>Only staff members belong to a department.</source>
      <translation>Seuls les membres du personnel appartiennent à un service.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <location filename="../../cxjournal/services/followups.py" />
      <location filename="../../cxjournal/services/people.py" />
      <location filename="../../cxjournal/services/promises.py" />
      <source>Person</source>
      <translation>Personne</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/validation.py" />
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/ics_export.py" />
      <location filename="../../cxjournal/services/followups.py" />
      <location filename="../../cxjournal/services/promises.py" />
      <source>Promise</source>
      <translation>Promesse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/reminders.py" />
      <source>Promise due {date}</source>
      <translation>Promesse due le {date}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/reminders.py" />
      <source>Promise overdue since {date}</source>
      <translation>Promesse en retard depuis le {date}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/ics_export.py" />
      <source>Promise to {person}: {what}</source>
      <translation>Promesse à {person} : {what}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <source>Resolution</source>
      <translation>Résolution</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <source>Response</source>
      <translation>Réponse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <source>Satisfaction must be a whole number from 1 to 5, not “{value}”.</source>
      <translation>La satisfaction doit être un nombre entier de 1 à 5, pas « {value} ».</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/promises.py" />
      <source>Say by when the promise is due.</source>
      <translation>Indiquez pour quand la promesse est due.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/followups.py" />
      <source>Say when to follow up.</source>
      <translation>Indiquez quand relancer.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/building.py" />
      <source>Say which month the report is for.</source>
      <translation>Indiquez le mois du rapport.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <source>Say who this is about, or whether it comes from a customer or staff.</source>
      <translation>Indiquez de qui il s'agit, ou si cela vient d'un client ou du personnel.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/people.py" />
      <source>Say who: a name or #id.</source>
      <translation>Indiquez qui : un nom ou un n°.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/building.py" />
      <source>Say whose history to print.</source>
      <translation>Indiquez de qui imprimer l'historique.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/settings.py" />
      <source>Setting</source>
      <translation>Réglage</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/people.py" />
      <source>Several people are called “{name}” ({ids}); use the #id.</source>
      <translation>Plusieurs personnes s'appellent « {name} » ({ids}) ; utilisez le n°.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/followups.py" />
      <source>Snooze until</source>
      <translation>Reporter jusqu'au</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/followups.py" />
      <source>Snooze until a time in the future.</source>
      <translation>Reportez à un moment dans le futur.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <source>Tag</source>
      <translation>Étiquette</translation>
    </message>
    <message>
      <location filename="../../cxjournal/demo.py" />
      <source>That demo would be too large.</source>
      <translation>Cette démonstration serait trop grande.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/promises.py" />
      <source>That entry is about someone else.</source>
      <translation>Cette entrée concerne quelqu'un d'autre.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/demo.py" />
      <source>The demo only fills an empty journal; this one has data.</source>
      <translation>La démonstration ne remplit qu'un journal vide ; celui-ci contient des données.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/demo.py" />
      <source>The demo speaks fr or en, not “{lang}”.</source>
      <translation>La démonstration parle fr ou en, pas « {lang} ».</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/promises.py" />
      <source>The due date ({due}) is before the day the promise was made ({made}).</source>
      <translation>L'échéance ({due}) est antérieure au jour où la promesse a été faite ({made}).</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/building.py" />
      <source>The folder {path} does not exist.</source>
      <translation>Le dossier {path} n'existe pas.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/entry_query.py" />
      <source>The start date is after the end date.</source>
      <translation>La date de début est après la date de fin.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/people.py" />
      <source>There is no department called “{name}”.</source>
      <translation>Il n'y a pas de service nommé « {name} ».</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/building.py" />
      <source>There is no report called “{kind}”.</source>
      <translation>Il n'y a pas de rapport nommé « {kind} ».</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/settings.py" />
      <source>There is no setting called “{key}”.</source>
      <translation>Il n'y a pas de réglage nommé « {key} ».</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <source>This entry is already closed; reopen it first.</source>
      <translation>Cette entrée est déjà classée ; rouvrez-la d'abord.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <source>This entry is already open.</source>
      <translation>Cette entrée est déjà ouverte.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/followups.py" />
      <source>This follow-up is already done.</source>
      <translation>Cette relance est déjà faite.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/promises.py" />
      <source>This promise is already {state}.</source>
      <translation>Cette promesse est déjà {state}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <location filename="../../cxjournal/services/followups.py" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <location filename="../../cxjournal/services/followups.py" />
      <location filename="../../cxjournal/services/people.py" />
      <source>Unknown detail: {names}.</source>
      <translation>Détail inconnu : {names}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/promises.py" />
      <source>What was promised</source>
      <translation>Ce qui a été promis</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <location filename="../../cxjournal/services/followups.py" />
      <location filename="../../cxjournal/services/promises.py" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/followups.py" />
      <source>cadence</source>
      <translation>fréquence</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <source>channel</source>
      <translation>canal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/people.py" />
      <source>check-in cadence</source>
      <translation>fréquence des points</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/ics_export.py" />
      <source>confidential</source>
      <translation>confidentiel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/entry_query.py" />
      <source>kind</source>
      <translation>type</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <source>priority</source>
      <translation>priorité</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <location filename="../../cxjournal/services/entry_query.py" />
      <location filename="../../cxjournal/services/people.py" />
      <source>side</source>
      <translation>côté</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/followups.py" />
      <source>state</source>
      <translation>état</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/entry_query.py" />
      <location filename="../../cxjournal/services/promises.py" />
      <source>status</source>
      <translation>statut</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/validation.py" />
      <source>{label} cannot be empty.</source>
      <translation>{label} ne peut pas être vide.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/validation.py" />
      <source>{label} contains invisible control characters.</source>
      <translation>{label} contient des caractères de contrôle invisibles.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/validation.py" />
      <source>{label} is too long ({length} characters; at most {max}).</source>
      <translation>{label} est trop long ({length} caractères ; {max} au plus).</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/validation.py" />
      <source>{label}: “{value}” is not a valid date (use YYYY-MM-DD).</source>
      <translation>{label} : « {value} » n'est pas une date valide (utilisez AAAA-MM-JJ).</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/validation.py" />
      <source>{label}: “{value}” is not a valid date and time (use YYYY-MM-DD or YYYY-MM-DD HH:MM).</source>
      <translation>{label} : « {value} » n'est pas une date et heure valides (utilisez AAAA-MM-JJ ou AAAA-MM-JJ HH:MM).</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/people.py" />
      <source>{name} already has journal entries as a {side}; the side cannot change.</source>
      <translation>{name} a déjà des entrées au journal côté {side} ; le côté ne peut plus changer.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <source>{name} is a {side}.</source>
      <translation>{name} est enregistré(e) côté {side}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/connection.py" />
      <source>{path} cannot be read as a CX Journal ({reason}). It was left untouched.</source>
      <translation>{path} ne peut pas être lu comme un CX Journal ({reason}). Le fichier n'a pas été modifié.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/connection.py" />
      <source>{path} is a database of another program, not a CX Journal. It was left untouched.</source>
      <translation>{path} est une base de données d'un autre programme, pas un CX Journal. Le fichier n'a pas été modifié.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/connection.py" />
      <source>{path} is a folder, not a journal file.</source>
      <translation>{path} est un dossier, pas un fichier journal.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/building.py" />
      <source>{path} is a folder; give a file name ending in .pdf.</source>
      <translation>{path} est un dossier ; donnez un nom de fichier se terminant par .pdf.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/connection.py" />
      <source>{path} is damaged and cannot be opened ({reason}). It was left untouched. Restore a backup or open another file.</source>
      <translation>{path} est endommagé et ne peut pas être ouvert ({reason}). Le fichier n'a pas été modifié. Restaurez une sauvegarde ou ouvrez un autre fichier.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/connection.py" />
      <source>{path} is locked by another program. Close it and try again.</source>
      <translation>{path} est verrouillé par un autre programme. Fermez-le et réessayez.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/connection.py" />
      <source>{path} is not a CX Journal file (it is not a database). It was left untouched.</source>
      <translation>{path} n'est pas un fichier CX Journal (ce n'est pas une base de données). Le fichier n'a pas été modifié.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/connection.py" />
      <source>{path} was made by a newer version of CX Journal. Update the app to open it; the file was left untouched.</source>
      <translation>{path} a été créé par une version plus récente de CX Journal. Mettez l'application à jour pour l'ouvrir ; le fichier n'a pas été modifié.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/common.py" />
      <source>{what} #{id} does not exist or is in the trash.</source>
      <translation>{what} n° {id} n'existe pas ou est dans la corbeille.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/validation.py" />
      <source>“{email}” does not look like an email address.</source>
      <translation>« {email} » ne ressemble pas à une adresse e-mail.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <source>“{kind}” is not a kind of {side} entry; choose one of: {choices}.</source>
      <translation>« {kind} » n'est pas un type d'entrée {side} ; choisissez parmi : {choices}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/validation.py" />
      <source>“{phone}” does not look like a phone number.</source>
      <translation>« {phone} » ne ressemble pas à un numéro de téléphone.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/followups.py" />
      <source>“{rule}” is not a repeat rule CX Journal understands ({reason}).</source>
      <translation>« {rule} » n'est pas une règle de répétition que CX Journal comprend ({reason}).</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/stats.py" />
      <source>“{text}” is not a month; write it as YYYY-MM, for example 2026-11.</source>
      <translation>« {text} » n'est pas un mois ; écrivez-le AAAA-MM, par exemple 2026-11.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/settings.py" />
      <source>“{value}” is not a valid choice; choose one of: {choices}.</source>
      <translation>« {value} » n'est pas un choix valide ; choisissez parmi : {choices}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/validation.py" />
      <source>“{value}” is not a valid {label}; choose one of: {choices}.</source>
      <translation>« {value} » n'est pas un(e) {label} valide ; choisissez parmi : {choices}.</translation>
    </message>
  </context>
  <context>
    <name>crash</name>
    <message>
      <location filename="../../cxjournal/ui/crash_log.py" />
      <source>CX Journal ran into an unexpected problem. What you saved before is safe in your journal.</source>
      <translation>CX Journal a rencontré un problème inattendu. Ce que vous avez enregistré auparavant est en sécurité dans votre journal.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/crash_log.py" />
      <source>Something went wrong</source>
      <translation>Un problème est survenu</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/crash_log.py" />
      <source>The details were written to {path}. Please send that file to support.</source>
      <translation>Les détails ont été écrits dans {path}. Merci d'envoyer ce fichier à l'assistance.</translation>
    </message>
  </context>
  <context>
    <name>feedback</name>
    <message>
      <location filename="../../cxjournal/ui/feedback.py" />
      <source>Cannot do that</source>
      <translation>Action impossible</translation>
    </message>
  </context>
  <context>
    <name>menus</name>
    <message>
      <location filename="../../cxjournal/ui/menus.py" />
      <source>&amp;About CX Journal</source>
      <translation>À &amp;propos de CX Journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/menus.py" />
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/menus.py" />
      <source>&amp;Go</source>
      <translation>&amp;Aller à</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/menus.py" />
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/menus.py" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/menus.py" />
      <source>&amp;Trash…</source>
      <translation>&amp;Corbeille…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/menus.py" />
      <source>Open the &amp;data folder</source>
      <translation>Ouvrir le dossier des &amp;données</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/menus.py" />
      <source>Open the &amp;error log folder</source>
      <translation>Ouvrir le dossier du journal d'&amp;erreurs</translation>
    </message>
  </context>
  <context>
    <name>refused</name>
    <message>
      <location filename="../../cxjournal/ui/refused_dialog.py" />
      <source>CX Journal backups (*.db *.sqlite *.bak);;All files (*)</source>
      <translation>Sauvegardes CX Journal (*.db *.sqlite *.bak);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/refused_dialog.py" />
      <source>CX Journal files (*.db);;All files (*)</source>
      <translation>Fichiers CX Journal (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/refused_dialog.py" />
      <source>Choose a backup to restore</source>
      <translation>Choisir une sauvegarde à restaurer</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/refused_dialog.py" />
      <source>Nothing was changed in that file. What would you like to do?</source>
      <translation>Rien n'a été modifié dans ce fichier. Que souhaitez-vous faire ?</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/refused_dialog.py" />
      <source>Open another file…</source>
      <translation>Ouvrir un autre fichier…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/refused_dialog.py" />
      <source>Open or create a journal</source>
      <translation>Ouvrir ou créer un journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/refused_dialog.py" />
      <source>Quit</source>
      <translation>Quitter</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/refused_dialog.py" />
      <source>Restore a backup…</source>
      <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/refused_dialog.py" />
      <source>The journal cannot be opened</source>
      <translation>Le journal ne peut pas être ouvert</translation>
    </message>
  </context>
  <context>
    <name>reports</name>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Age</source>
      <translation>Ancienneté</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>All entries of the month</source>
      <translation>Toutes les entrées du mois</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/weekly_sheet.py" />
      <source>Already late</source>
      <translation>Déjà en retard</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Anonymous</source>
      <translation>Anonyme</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Archived</source>
      <translation>Archivé</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Average satisfaction of customers</source>
      <translation>Satisfaction moyenne des clients</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Average satisfaction of staff</source>
      <translation>Satisfaction moyenne du personnel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Broken promises</source>
      <translation>Promesses non tenues</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Cadence</source>
      <translation>Fréquence</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Change</source>
      <translation>Évolution</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Complaints opened</source>
      <translation>Réclamations ouvertes</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Complaints resolved</source>
      <translation>Réclamations résolues</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Complaints: median first response</source>
      <translation>Réclamations : première réponse médiane</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Concerns: median first response</source>
      <translation>Remontées : première réponse médiane</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Confidential entries are included.</source>
      <translation>Les entrées confidentielles sont incluses.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Confidential entries are left out.</source>
      <translation>Les entrées confidentielles sont exclues.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/weekly_sheet.py" />
      <source>Confidential matters are not shown on this sheet.</source>
      <translation>Les sujets confidentiels ne figurent pas sur cette fiche.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Customer complaints</source>
      <translation>Réclamations des clients</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Customer satisfaction</source>
      <translation>Satisfaction des clients</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/charts.py" />
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Customers</source>
      <translation>Clients</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Department</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Department check-ins</source>
      <translation>Points avec les services</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Detail</source>
      <translation>Détail</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Done</source>
      <translation>Fait</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Due (first date)</source>
      <translation>Échéance (date initiale)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Entries ({count})</source>
      <translation>Entrées ({count})</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Entries from customers</source>
      <translation>Entrées des clients</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Entries from staff</source>
      <translation>Entrées du personnel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/charts.py" />
      <source>Entries per week</source>
      <translation>Entrées par semaine</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Expected</source>
      <translation>Prévu</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Figure</source>
      <translation>Indicateur</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Figures as of {when}.</source>
      <translation>Chiffres au {when}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Figures at the end of the month.</source>
      <translation>Chiffres à la fin du mois.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <location filename="../../cxjournal/reports/weekly_sheet.py" />
      <source>Follow-up</source>
      <translation>Relance</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Follow-ups ({count})</source>
      <translation>Relances ({count})</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <location filename="../../cxjournal/reports/person_history.py" />
      <location filename="../../cxjournal/reports/weekly_sheet.py" />
      <source>Generated on {date}</source>
      <translation>Généré le {date}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Highlights</source>
      <translation>Temps forts</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>In the journal since</source>
      <translation>Dans le journal depuis le</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Kept on time</source>
      <translation>Tenues à temps</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Made</source>
      <translation>Faite</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Median time to first response, customers</source>
      <translation>Délai médian de première réponse, clients</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Median time to first response, staff</source>
      <translation>Délai médian de première réponse, personnel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Median time to resolution, customers</source>
      <translation>Délai médian de résolution, clients</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Median time to resolution, staff</source>
      <translation>Délai médian de résolution, personnel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Missed</source>
      <translation>Manqué</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Month</source>
      <translation>Mois</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Monthly relationship report</source>
      <translation>Rapport mensuel de la relation</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Most frequent themes</source>
      <translation>Thèmes les plus fréquents</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>No complaint or concern was open.</source>
      <translation>Aucune réclamation ni aucun signalement n'était ouvert.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/charts.py" />
      <source>No data</source>
      <translation>Pas de données</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>No department has regular check-ins.</source>
      <translation>Aucun service n'a de point régulier.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>No entry this month.</source>
      <translation>Aucune entrée ce mois-ci.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>No entry was tagged this month.</source>
      <translation>Aucune entrée n'a reçu d'étiquette ce mois-ci.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>No entry.</source>
      <translation>Aucune entrée.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>No follow-up.</source>
      <translation>Aucune relance.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>No praise was recorded this month.</source>
      <translation>Aucun compliment n'a été enregistré ce mois-ci.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>No promise was overdue.</source>
      <translation>Aucune promesse n'était en retard.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>No promise.</source>
      <translation>Aucune promesse.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Not done</source>
      <translation>Pas fait</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/weekly_sheet.py" />
      <source>Nothing due.</source>
      <translation>Rien à échéance.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Nothing to show.</source>
      <translation>Rien à afficher.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Open complaints and concerns</source>
      <translation>Réclamations et signalements ouverts</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Opened</source>
      <translation>Ouvert le</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Overdue by</source>
      <translation>En retard de</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Overdue promises</source>
      <translation>Promesses en retard</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/typeset.py" />
      <source>Page {page} of {total}</source>
      <translation>Page {page} sur {total}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Person</source>
      <translation>Personne</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Person history</source>
      <translation>Historique d'une personne</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Promise</source>
      <translation>Promesse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/weekly_sheet.py" />
      <source>Promise due</source>
      <translation>Échéance de la promesse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Promise-keeping rate</source>
      <translation>Taux de promesses tenues</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Promise-keeping rate: promises first promised for a day of the month that were kept by that day, among those kept, broken or late; cancelled promises and promises whose day has not come yet are not counted.</source>
      <translation>Taux de promesses tenues : parmi les promesses initialement prévues pour un jour du mois et qui ont été tenues, non tenues ou en retard, la part tenue à cette date ; les promesses annulées et celles dont le jour n'est pas encore venu ne sont pas comptées.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Promises ({count})</source>
      <translation>Promesses ({count})</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Promises due next month</source>
      <translation>Promesses à échéance le mois prochain</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Promises kept on time</source>
      <translation>Promesses tenues à temps</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Promises kept on time, six months</source>
      <translation>Promesses tenues à temps, sur six mois</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Resolution:</source>
      <translation>Résolution :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Response and resolution times are medians over the month's entries that were answered or resolved.</source>
      <translation>Les délais de réponse et de résolution sont des médianes sur les entrées du mois qui ont reçu une réponse ou ont été résolues.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Response, {when}:</source>
      <translation>Réponse, {when} :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Role</source>
      <translation>Fonction</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Satisfaction, six months</source>
      <translation>Satisfaction, sur six mois</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Score</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Side</source>
      <translation>Côté</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/charts.py" />
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Staff</source>
      <translation>Personnel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Staff and customers, month by month</source>
      <translation>Personnel et clients, mois par mois</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Staff concerns opened</source>
      <translation>Signalements du personnel ouverts</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Staff concerns raised</source>
      <translation>Remontées de l'équipe</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Staff concerns resolved</source>
      <translation>Signalements du personnel résolus</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Staff satisfaction</source>
      <translation>Satisfaction du personnel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Tag</source>
      <translation>Étiquette</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Tags:</source>
      <translation>Étiquettes :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>This month</source>
      <translation>Ce mois-ci</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/weekly_sheet.py" />
      <source>This week's follow-ups</source>
      <translation>Relances de la semaine</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/weekly_sheet.py" />
      <source>To answer</source>
      <translation>À répondre</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Trends</source>
      <translation>Tendances</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/weekly_sheet.py" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/weekly_sheet.py" />
      <source>Waiting for a first answer</source>
      <translation>En attente d'une première réponse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/weekly_sheet.py" />
      <source>Weekly follow-up sheet</source>
      <translation>Fiche de relances de la semaine</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <location filename="../../cxjournal/reports/weekly_sheet.py" />
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>What staff raised and how fast it was answered, next to how customers felt.</source>
      <translation>Ce que le personnel a signalé et la rapidité de la réponse, à côté du ressenti des clients.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>What was said and done</source>
      <translation>Ce qui a été dit et fait</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <location filename="../../cxjournal/reports/person_history.py" />
      <location filename="../../cxjournal/reports/weekly_sheet.py" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <location filename="../../cxjournal/reports/weekly_sheet.py" />
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>confidential</source>
      <translation>confidentiel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>no figure for {month}</source>
      <translation>pas de chiffre pour {month}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>{change} vs {month}</source>
      <translation>{change} par rapport à {month}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/weekly_sheet.py" />
      <source>{first} to {last}</source>
      <translation>du {first} au {last}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>{points} pts</source>
      <translation>{points} pts</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>{rate} ({kept} of {count})</source>
      <translation>{rate} ({kept} sur {count})</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>{score} / 5</source>
      <translation>{score} / 5</translation>
    </message>
  </context>
  <context>
    <name>trash</name>
    <message>
      <location filename="../../cxjournal/services/trash.py" />
      <source>This {kind} is not in the trash; move it there first.</source>
      <translation>Cet élément ({kind}) n'est pas dans la corbeille ; placez-le d'abord dans la corbeille.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/trash.py" />
      <source>Unknown kind of item: {kind}.</source>
      <translation>Type d'élément inconnu : {kind}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/trash.py" />
      <source>entry</source>
      <translation>entrée</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/trash.py" />
      <source>follow-up</source>
      <translation>relance</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/trash.py" />
      <source>person</source>
      <translation>personne</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/trash.py" />
      <source>promise</source>
      <translation>promesse</translation>
    </message>
  </context>
  <context>
    <name>tray</name>
    <message>
      <location filename="../../cxjournal/ui/tray.py" />
      <source>CX Journal</source>
      <translation>CX Journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/tray.py" />
      <source>New entry…</source>
      <translation>Nouvelle entrée…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/tray.py" />
      <source>Open CX Journal</source>
      <translation>Ouvrir CX Journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/tray.py" />
      <source>Quit</source>
      <translation>Quitter</translation>
    </message>
  </context>
  <context>
    <name>vocabulary</name>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Broken</source>
      <translation>Non tenue</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Cancelled</source>
      <translation>Annulée</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Check-in</source>
      <translation>Point</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Closed without action</source>
      <translation>Classée sans suite</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Complaint</source>
      <translation>Réclamation</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Concern</source>
      <translation>Signalement</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Customer</source>
      <translation>Client</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Every two weeks</source>
      <translation>Toutes les deux semaines</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>High</source>
      <translation>Haute</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Idea</source>
      <translation>Idée</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>In person</source>
      <translation>En personne</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>In progress</source>
      <translation>En cours</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Kept</source>
      <translation>Tenue</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Low</source>
      <translation>Basse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Meeting</source>
      <translation>Réunion</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Monthly</source>
      <translation>Mensuel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>No check-ins</source>
      <translation>Pas de point</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Normal</source>
      <translation>Normale</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Online review</source>
      <translation>Avis en ligne</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Open</source>
      <translation>Ouverte</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Praise</source>
      <translation>Compliment</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Quarterly</source>
      <translation>Trimestriel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Request</source>
      <translation>Demande</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Resolved</source>
      <translation>Résolue</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Staff</source>
      <translation>Personnel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Suggestion</source>
      <translation>Suggestion</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Survey</source>
      <translation>Enquête</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Urgent</source>
      <translation>Urgente</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Weekly</source>
      <translation>Hebdomadaire</translation>
    </message>
  </context>
</TS>
