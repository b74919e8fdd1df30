<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>About</name>
    <message>
      <location filename="../../cxjournal/ui/dialogs/about.py" />
      <source>About CX Journal</source>
      <translation>À propos de CX Journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/about.py" />
      <source>Customer feedback, staff concerns, promises and follow-ups in one journal.</source>
      <translation>Les retours des clients, les préoccupations de l'équipe, les promesses et les relances dans un seul journal.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/about.py" />
      <source>Fonts: DejaVu (Bitstream Vera licence). Built with Qt for Python (LGPL).</source>
      <translation>Polices : DejaVu (licence Bitstream Vera). Réalisé avec Qt for Python (LGPL).</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/about.py" />
      <source>Free software under the GNU General Public License, version 3 or later.</source>
      <translation>Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/about.py" />
      <source>Your journal file:</source>
      <translation>Votre fichier journal :</translation>
    </message>
  </context>
  <context>
    <name>AccountEventsDialog</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/account_events.py" />
      <source>%n account event(s) about it will be deleted.</source>
      <translation>
        <numerusform>%n événement de compte le concernant sera supprimé.</numerusform>
        <numerusform>%n événements de compte le concernant seront supprimés.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/account_events.py" />
      <source>%n wrong password(s) on {computer}</source>
      <translation>
        <numerusform>%n mot de passe erroné sur {computer}</numerusform>
        <numerusform>%n mots de passe erronés sur {computer}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/account_events.py" />
      <source>&amp;Forget a removed account…</source>
      <translation>&amp;Oublier un compte supprimé…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/account_events.py" />
      <source>Account</source>
      <translation>Compte</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/account_events.py" />
      <source>Account events</source>
      <translation>Événements des comptes</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/account_events.py" />
      <source>Accounts added, roles changed, accounts removed and wrong passwords, kept a year. Once someone has left, you may forget their account: choose one of its events, then Forget a removed account…</source>
      <translation>Comptes ajoutés, rôles changés, comptes supprimés et mots de passe erronés, conservés un an. Quand une personne est partie, vous pouvez oublier son compte : choisissez l’un de ses événements, puis Oublier un compte supprimé…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/account_events.py" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/account_events.py" />
      <source>Forget a removed account</source>
      <translation>Oublier un compte supprimé</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/account_events.py" />
      <source>Forget the former account “{name}”?</source>
      <translation>Oublier l’ancien compte « {name} » ?</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/account_events.py" />
      <source>Its name will be blanked in %n event(s) it recorded about other accounts; those events stay.</source>
      <translation>
        <numerusform>Son nom sera effacé de %n événement qu’il a enregistré sur d’autres comptes ; cet événement reste.</numerusform>
        <numerusform>Son nom sera effacé de %n événements qu’il a enregistrés sur d’autres comptes ; ces événements restent.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/account_events.py" />
      <source>Recorded by</source>
      <translation>Enregistré par</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/account_events.py" />
      <source>This cannot be undone. The journal's entries are not touched.</source>
      <translation>C’est définitif. Les entrées du journal ne sont pas touchées.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/account_events.py" />
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/account_events.py" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/account_events.py" />
      <source>a forgotten account</source>
      <translation>un compte oublié</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/account_events.py" />
      <source>added — {role}</source>
      <translation>ajouté — {role}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/account_events.py" />
      <source>counter</source>
      <translation>comptoir</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/account_events.py" />
      <source>kiosk</source>
      <translation>borne</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/account_events.py" />
      <source>manager</source>
      <translation>responsable</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/account_events.py" />
      <source>owner</source>
      <translation>propriétaire</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/account_events.py" />
      <source>removed</source>
      <translation>supprimé</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/account_events.py" />
      <source>role changed — {role}</source>
      <translation>rôle changé — {role}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/account_events.py" />
      <source>“{name}” forgotten: %n account event(s) changed.</source>
      <translation>
        <numerusform>« {name} » oublié : %n événement de compte modifié.</numerusform>
        <numerusform>« {name} » oublié : %n événements de compte modifiés.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/account_events.py" />
      <source>“{name}” is still an account: remove it first (Settings ▸ Accounts), then forget it.</source>
      <translation>« {name} » est encore un compte : supprimez-le d’abord (Réglages ▸ Comptes), puis oubliez-le.</translation>
    </message>
  </context>
  <context>
    <name>AccountsBox</name>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_accounts.py" />
      <source>&amp;Add…</source>
      <translation>&amp;Ajouter…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_accounts.py" />
      <source>A journal file has one user: you, its owner. Anyone who can use the computer account that holds the file can read the whole journal. If staff use this computer, give each of them a separate account on the computer, or keep the journal on a server (File ▸ Open a shared journal…), where each person signs in with an account whose role limits what it sees. Accounts, their events and forgetting a former account exist only on a shared journal.</source>
      <translation>Un fichier de journal n’a qu’un utilisateur : vous, son propriétaire. Toute personne qui peut utiliser le compte de l’ordinateur où se trouve le fichier peut lire tout le journal. Si votre personnel utilise cet ordinateur, donnez à chacun un compte séparé sur l’ordinateur, ou gardez le journal sur un serveur (Fichier ▸ Ouvrir un journal partagé…), où chacun se connecte avec un compte dont le rôle limite ce qu’il voit. Les comptes, leurs événements et l’oubli d’un ancien compte n’existent que dans un journal partagé.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_accounts.py" />
      <source>Account</source>
      <translation>Compte</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_accounts.py" />
      <source>Account &amp;events…</source>
      <translation>&amp;Événements des comptes…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_accounts.py" />
      <source>Accounts</source>
      <translation>Comptes</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_accounts.py" />
      <source>Change &amp;role</source>
      <translation>Changer le &amp;rôle</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_accounts.py" />
      <source>Each person signs in with their own account; the server decides what each role may see and change.</source>
      <translation>Chaque personne se connecte avec son propre compte ; le serveur décide de ce que chaque rôle peut voir et modifier.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_accounts.py" />
      <source>Re&amp;move…</source>
      <translation>Supp&amp;rimer…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_accounts.py" />
      <source>Remove an account</source>
      <translation>Supprimer un compte</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_accounts.py" />
      <source>Remove the account “{name}”? It can no longer sign in, and its open sessions on every computer end now. What it recorded stays in the journal.</source>
      <translation>Supprimer le compte « {name} » ? Il ne pourra plus se connecter, et ses sessions ouvertes sur tous les ordinateurs se terminent maintenant. Ce qu’il a enregistré reste dans le journal.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_accounts.py" />
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_accounts.py" />
      <source>Role of the selected account</source>
      <translation>Rôle du compte sélectionné</translation>
    </message>
  </context>
  <context>
    <name>AddAccountDialog</name>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_accounts.py" />
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_accounts.py" />
      <source>&amp;Password:</source>
      <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_accounts.py" />
      <source>&amp;Role:</source>
      <translation>&amp;Rôle :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_accounts.py" />
      <source>Add</source>
      <translation>Ajouter</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_accounts.py" />
      <source>Add an account</source>
      <translation>Ajouter un compte</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_accounts.py" />
      <source>The same password &amp;again:</source>
      <translation>Le même mot de passe, &amp;encore :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_accounts.py" />
      <source>The two passwords differ.</source>
      <translation>Les deux mots de passe diffèrent.</translation>
    </message>
  </context>
  <context>
    <name>AfterSettings</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/pages/settings_after.py" />
      <source> days later</source>
      <translation>
        <numerusform> jour plus tard</numerusform>
        <numerusform> jours plus tard</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_after.py" />
      <source>After a complaint is resolved</source>
      <translation>Après une réclamation résolue</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_after.py" />
      <source>Ask how it went</source>
      <translation>Demander comment cela s’est passé</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_after.py" />
      <source>Never</source>
      <translation>Jamais</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_after.py" />
      <source>Resolving a customer complaint plans a follow-up to ask the customer, 1 to 5, how it went; their answers give the recovery rate of the monthly report.</source>
      <translation>Résoudre une réclamation client prévoit un suivi pour demander au client, de 1 à 5, comment cela s’est passé ; ses réponses donnent le taux de reconquête du rapport mensuel.</translation>
    </message>
  </context>
  <context>
    <name>AmountField</name>
    <message>
      <location filename="../../cxjournal/ui/widgets/amount_field.py" />
      <source>Amount</source>
      <translation>Montant</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/amount_field.py" />
      <source>None, or e.g. {example}</source>
      <translation>Aucun, ou par ex. {example}</translation>
    </message>
  </context>
  <context>
    <name>AssigneeField</name>
    <message>
      <location filename="../../cxjournal/ui/widgets/assignee_field.py" />
      <source>&amp;Assigned to</source>
      <translation>&amp;Confié à</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/assignee_field.py" />
      <source>Assigned to</source>
      <translation>Confié à</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/assignee_field.py" />
      <source>Nobody in particular</source>
      <translation>Personne en particulier</translation>
    </message>
  </context>
  <context>
    <name>AttachmentSettings</name>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_attachments.py" />
      <source> MB</source>
      <translation> Mo</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_attachments.py" />
      <source>Attachments</source>
      <translation>Pièces jointes</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_attachments.py" />
      <source>Largest file</source>
      <translation>Fichier le plus gros</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_attachments.py" />
      <source>Photos and documents are kept inside the journal: every backup and copy carries them, and the journal grows by their size.</source>
      <translation>Les photos et documents sont gardés dans le journal : chaque sauvegarde et chaque copie les emporte, et le journal grossit d’autant.</translation>
    </message>
  </context>
  <context>
    <name>AttachmentStrip</name>
    <message>
      <location filename="../../cxjournal/ui/widgets/attachment_strip.py" />
      <source>&amp;Attach…</source>
      <translation>&amp;Joindre…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/attachment_strip.py" />
      <source>Attach files</source>
      <translation>Joindre des fichiers</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/attachment_strip.py" />
      <source>Attach photos or documents (or drop files on this pane)</source>
      <translation>Joindre des photos ou des documents (ou déposez des fichiers sur ce volet)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/attachment_strip.py" />
      <source>Attached files</source>
      <translation>Fichiers joints</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/attachment_strip.py" />
      <source>Files:</source>
      <translation>Fichiers :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/attachment_strip.py" />
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/attachment_strip.py" />
      <source>Open a file</source>
      <translation>Ouvrir un fichier</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/attachment_strip.py" />
      <source>Redo removing a file</source>
      <translation>Rétablir le retrait d’un fichier</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/attachment_strip.py" />
      <source>Remove a file</source>
      <translation>Retirer un fichier</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/attachment_strip.py" />
      <source>Remove “{name}” from this entry?</source>
      <translation>Retirer « {name} » de cette entrée ?</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/attachment_strip.py" />
      <source>Remove…</source>
      <translation>Retirer…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/attachment_strip.py" />
      <source>Save as…</source>
      <translation>Enregistrer sous…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/attachment_strip.py" />
      <source>Save the file</source>
      <translation>Enregistrer le fichier</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/attachment_strip.py" />
      <source>Undo removing a file</source>
      <translation>Annuler le retrait d’un fichier</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/attachment_strip.py" />
      <source>“{name}” is a program or a script: CX Journal does not open it. Save it somewhere instead?</source>
      <translation>« {name} » est un programme ou un script : CX Journal ne l’ouvre pas. L’enregistrer quelque part à la place ?</translation>
    </message>
  </context>
  <context>
    <name>CadenceField</name>
    <message>
      <location filename="../../cxjournal/ui/widgets/cadence_field.py" />
      <source> days</source>
      <translation> jours</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/cadence_field.py" />
      <source>Custom…</source>
      <translation>Personnalisé…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/cadence_field.py" />
      <source>Days between contacts</source>
      <translation>Jours entre deux contacts</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/cadence_field.py" />
      <source>Every 2 weeks</source>
      <translation>Toutes les 2 semaines</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/cadence_field.py" />
      <source>Every 30 days</source>
      <translation>Tous les 30 jours</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/cadence_field.py" />
      <source>Off</source>
      <translation>Désactivé</translation>
    </message>
  </context>
  <context>
    <name>CheckinPulseDialog</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/checkin_pulse.py" />
      <source>%n answer(s) so far. Pass the screen on.</source>
      <translation>
        <numerusform>%n réponse pour l’instant. Passez l’écran à la personne suivante.</numerusform>
        <numerusform>%n réponses pour l’instant. Passez l’écran à la personne suivante.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/checkin_pulse.py" />
      <source>Ask the staff of {department} the week's question: each person taps a face in turn. Nobody's answer is shown, and the answers are recorded together, with the day only, when you record them.</source>
      <translation>Posez la question de la semaine au personnel de {department} : chacun touche un visage à son tour. Aucune réponse n’est affichée, et les réponses sont enregistrées ensemble, avec le jour seulement, quand vous les enregistrez.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/checkin_pulse.py" />
      <source>Not now</source>
      <translation>Pas maintenant</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/checkin_pulse.py" />
      <source>Record the answers</source>
      <translation>Enregistrer les réponses</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/checkin_pulse.py" />
      <source>Staff pulse at the check-in</source>
      <translation>Pouls du personnel au point d’équipe</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <location filename="../../cxjournal/ui/dialogs/conflict_dialog.py" />
      <source>&amp;Keep mine</source>
      <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/conflict_dialog.py" />
      <source>Changed by someone else</source>
      <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/conflict_dialog.py" />
      <source>Someone else changed %n field(s) while you were editing. Their version is saved; yours is not yet.</source>
      <translation>
        <numerusform>Quelqu’un d’autre a modifié %n champ pendant que vous le modifiiez. Sa version est enregistrée ; la vôtre pas encore.</numerusform>
        <numerusform>Quelqu’un d’autre a modifié %n champs pendant que vous les modifiiez. Sa version est enregistrée ; la vôtre pas encore.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/conflict_dialog.py" />
      <source>Their version</source>
      <translation>Sa version</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/conflict_dialog.py" />
      <source>Their version (saved)</source>
      <translation>Sa version (enregistrée)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/conflict_dialog.py" />
      <source>Use &amp;theirs (reload)</source>
      <translation>Prendre la &amp;sienne (recharger)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/conflict_dialog.py" />
      <source>Your version</source>
      <translation>Votre version</translation>
    </message>
  </context>
  <context>
    <name>ConnectionBanner</name>
    <message>
      <location filename="../../cxjournal/ui/shell/connection_banner.py" />
      <source>Connected again</source>
      <translation>Connexion rétablie</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/connection_banner.py" />
      <source>Connection to the journal</source>
      <translation>Connexion au journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/connection_banner.py" />
      <source>Connection to the journal lost — retrying…</source>
      <translation>Connexion au journal perdue — nouvelle tentative…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/connection_banner.py" />
      <source>Retry now</source>
      <translation>Réessayer maintenant</translation>
    </message>
  </context>
  <context>
    <name>CountrySettings</name>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_country.py" />
      <source>C&amp;ountry</source>
      <translation>P&amp;ays</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_country.py" />
      <source>Country</source>
      <translation>Pays</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_country.py" />
      <source>Phone numbers written without a country code are read as this country's.</source>
      <translation>Les numéros de téléphone écrits sans indicatif de pays sont lus comme ceux de ce pays.</translation>
    </message>
  </context>
  <context>
    <name>DateDialog</name>
    <message>
      <location filename="../../cxjournal/ui/dialogs/date_dialog.py" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/date_dialog.py" />
      <source>Note (optional)</source>
      <translation>Note (facultative)</translation>
    </message>
  </context>
  <context>
    <name>DepartmentsDialog</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/departments_dialog.py" />
      <source>%n staff member(s) belong to “{name}”. Which department do they join?</source>
      <translation>
        <numerusform>%n membre du personnel appartient à « {name} ». Quel service rejoint-il ?</numerusform>
        <numerusform>%n membres du personnel appartiennent à « {name} ». Quel service rejoignent-ils ?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/departments_dialog.py" />
      <source>%n staff member(s) belong to “{name}”: add the department they join first.</source>
      <translation>
        <numerusform>%n membre du personnel appartient à « {name} » : ajoutez d’abord le service qu’il rejoindra.</numerusform>
        <numerusform>%n membres du personnel appartiennent à « {name} » : ajoutez d’abord le service qu’ils rejoindront.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/departments_dialog.py" />
      <source>&amp;Add as new</source>
      <translation>&amp;Ajouter comme nouveau</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/departments_dialog.py" />
      <source>&amp;Check-ins</source>
      <translation>&amp;Points</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/departments_dialog.py" />
      <source>&amp;Delete…</source>
      <translation>&amp;Supprimer…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/departments_dialog.py" />
      <source>&amp;Name</source>
      <translation>&amp;Nom</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/departments_dialog.py" />
      <source>&amp;Save changes</source>
      <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/departments_dialog.py" />
      <source>Check-in cadence</source>
      <translation>Fréquence des points</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/departments_dialog.py" />
      <source>Check-ins</source>
      <translation>Points</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/departments_dialog.py" />
      <source>Choose a department to rename it or change its check-ins.</source>
      <translation>Choisissez un service pour le renommer ou modifier ses points.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/departments_dialog.py" />
      <source>Delete department</source>
      <translation>Supprimer le service</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/departments_dialog.py" />
      <source>Delete the department “{name}”?</source>
      <translation>Supprimer le service « {name} » ?</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/departments_dialog.py" />
      <source>Department name</source>
      <translation>Nom du service</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/departments_dialog.py" />
      <source>Departments</source>
      <translation>Services</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/departments_dialog.py" />
      <source>Staff</source>
      <translation>Personnel</translation>
    </message>
  </context>
  <context>
    <name>EditHistory</name>
    <message>
      <location filename="../../cxjournal/ui/dialogs/tags_dialog.py" />
      <location filename="../../cxjournal/ui/shell/edit_history.py" />
      <location filename="../../cxjournal/ui/widgets/department_step.py" />
      <source>Cannot do that</source>
      <translation>Action impossible</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/edit_history.py" />
      <source>Redo</source>
      <translation>Rétablir</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/department_step.py" />
      <source>Redo deletion of “{name}”</source>
      <translation>Rétablir la suppression de « {name} »</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/shell/edit_history.py" />
      <source>Redo edit of %n field(s)</source>
      <translation>
        <numerusform>Rétablir la modification de %n champ</numerusform>
        <numerusform>Rétablir la modification de %n champs</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/edit_history.py" />
      <source>Redo move to the trash</source>
      <translation>Rétablir le placement dans la corbeille</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/edit_history.py" />
      <source>Redo {field} change</source>
      <translation>Rétablir la modification ({field})</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/edit_history.py" />
      <source>Undo</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/department_step.py" />
      <source>Undo deletion of “{name}”</source>
      <translation>Annuler la suppression de « {name} »</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/shell/edit_history.py" />
      <source>Undo edit of %n field(s)</source>
      <translation>
        <numerusform>Annuler la modification de %n champ</numerusform>
        <numerusform>Annuler la modification de %n champs</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/edit_history.py" />
      <source>Undo move to the trash</source>
      <translation>Annuler le placement dans la corbeille</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/edit_history.py" />
      <source>Undo {field} change</source>
      <translation>Annuler la modification ({field})</translation>
    </message>
  </context>
  <context>
    <name>EmailDrop</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/shell/email_drop.py" />
      <source>%n already in the journal</source>
      <translation>
        <numerusform>%n déjà dans le journal</numerusform>
        <numerusform>%n déjà dans le journal</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/shell/email_drop.py" />
      <source>%n e-mail(s) logged</source>
      <translation>
        <numerusform>%n e-mail enregistré</numerusform>
        <numerusform>%n e-mails enregistrés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/shell/email_drop.py" />
      <source>%n reply(ies) recorded as responses</source>
      <translation>
        <numerusform>%n réponse du commerce enregistrée</numerusform>
        <numerusform>%n réponses du commerce enregistrées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/shell/email_drop.py" />
      <source>%n sender(s) not in the journal yet. Add them, as customers or as staff?</source>
      <translation>
        <numerusform>%n expéditeur n’est pas encore dans le journal. L’ajouter, comme client ou comme membre du personnel ?</numerusform>
        <numerusform>%n expéditeurs ne sont pas encore dans le journal. Les ajouter, comme clients ou comme membres du personnel ?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/email_drop.py" />
      <source>Add as customers</source>
      <translation>Ajouter comme clients</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/email_drop.py" />
      <source>Add as staff</source>
      <translation>Ajouter au personnel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/email_drop.py" />
      <source>Log e-mails</source>
      <translation>Enregistrer des e-mails</translation>
    </message>
  </context>
  <context>
    <name>EntryDetail</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/widgets/entry_detail.py" />
      <source>%n change(s)</source>
      <translation>
        <numerusform>%n modification</numerusform>
        <numerusform>%n modifications</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/entry_detail.py" />
      <source>&amp;Record response</source>
      <translation>&amp;Enregistrer la réponse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/entry_detail.py" />
      <source>&amp;Save changes</source>
      <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/entry_detail.py" />
      <source>Channel</source>
      <translation>Canal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/entry_detail.py" />
      <source>Channel:</source>
      <translation>Canal :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/entry_detail.py" />
      <source>Close without action</source>
      <translation>Classer sans suite</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/entry_detail.py" />
      <source>Comma-separated, e.g. bread, delivery</source>
      <translation>Séparées par des virgules, ex. pain, livraison</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/entry_detail.py" />
      <source>Confidential</source>
      <translation>Confidentiel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/entry_detail.py" />
      <source>Details</source>
      <translation>Détails</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/entry_detail.py" />
      <source>Details:</source>
      <translation>Détails :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/entry_detail.py" />
      <source>History</source>
      <translation>Historique</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/entry_detail.py" />
      <source>History of changes</source>
      <translation>Historique des modifications</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/entry_detail.py" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/entry_detail.py" />
      <source>Kind:</source>
      <translation>Type :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/entry_detail.py" />
      <source>Move this entry to the trash (Delete); Ctrl+Z undoes</source>
      <translation>Placer cette entrée dans la corbeille (Suppr) ; Ctrl+Z annule</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/entry_detail.py" />
      <source>Move to trash</source>
      <translation>Placer dans la corbeille</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/entry_detail.py" />
      <source>New response</source>
      <translation>Nouvelle réponse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/entry_detail.py" />
      <source>Not given</source>
      <translation>Non indiquée</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/entry_detail.py" />
      <source>Priority</source>
      <translation>Priorité</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/entry_detail.py" />
      <source>Priority:</source>
      <translation>Priorité :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/entry_detail.py" />
      <source>Re&amp;open</source>
      <translation>R&amp;ouvrir</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/entry_detail.py" />
      <source>Re&amp;solve…</source>
      <translation>Ré&amp;soudre…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/entry_detail.py" />
      <source>Responses:</source>
      <translation>Réponses :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/entry_detail.py" />
      <source>Satisfaction</source>
      <translation>Satisfaction</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/entry_detail.py" />
      <source>Satisfaction:</source>
      <translation>Satisfaction :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/entry_detail.py" />
      <source>Save the changes to this entry (Ctrl+S)</source>
      <translation>Enregistrer les modifications de cette entrée (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/entry_detail.py" />
      <source>Select an entry to see it here.</source>
      <translation>Sélectionnez une entrée pour l'afficher ici.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/entry_detail.py" />
      <source>Tags</source>
      <translation>Étiquettes</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/entry_detail.py" />
      <source>Tags:</source>
      <translation>Étiquettes :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/entry_detail.py" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/entry_detail.py" />
      <source>Title:</source>
      <translation>Titre :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/entry_detail.py" />
      <source>What was answered or done…</source>
      <translation>Ce qui a été répondu ou fait…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/entry_detail.py" />
      <source>{status} on {when}</source>
      <translation>{status} le {when}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/entry_detail.py" />
      <source>{when} · {who} · {what}</source>
      <translation>{when} · {who} · {what}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/entry_detail.py" />
      <source>{who} · {side} · {when}</source>
      <translation>{who} · {side} · {when}</translation>
    </message>
  </context>
  <context>
    <name>ErrorLabel</name>
    <message>
      <location filename="../../cxjournal/ui/widgets/error_label.py" />
      <source>What went wrong</source>
      <translation>Ce qui n’a pas marché</translation>
    </message>
  </context>
  <context>
    <name>Fold</name>
    <message>
      <location filename="../../cxjournal/ui/widgets/folding.py" />
      <source>Hide this list</source>
      <translation>Masquer cette liste</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/folding.py" />
      <source>Show this list</source>
      <translation>Afficher cette liste</translation>
    </message>
  </context>
  <context>
    <name>FollowUpDialog</name>
    <message>
      <location filename="../../cxjournal/ui/dialogs/followup_dialog.py" />
      <source>&amp;Due</source>
      <translation>&amp;Échéance</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/followup_dialog.py" />
      <source>&amp;Person</source>
      <translation>&amp;Personne</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/followup_dialog.py" />
      <source>&amp;Repeat</source>
      <translation>&amp;Répétition</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/followup_dialog.py" />
      <source>&amp;Title</source>
      <translation>&amp;Titre</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/followup_dialog.py" />
      <source>As it is ({rule})</source>
      <translation>Telle quelle ({rule})</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/followup_dialog.py" />
      <source>Call back about the quote</source>
      <translation>Rappeler au sujet du devis</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/followup_dialog.py" />
      <source>Cannot save the follow-up</source>
      <translation>Impossible d'enregistrer la relance</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/followup_dialog.py" />
      <source>Department</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/followup_dialog.py" />
      <source>Does not repeat</source>
      <translation>Ne se répète pas</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/followup_dialog.py" />
      <source>Edit follow-up</source>
      <translation>Modifier la relance</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/followup_dialog.py" />
      <source>Every month</source>
      <translation>Tous les mois</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/followup_dialog.py" />
      <source>Every three months</source>
      <translation>Tous les trois mois</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/followup_dialog.py" />
      <source>Every two weeks</source>
      <translation>Toutes les deux semaines</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/followup_dialog.py" />
      <source>Every week</source>
      <translation>Toutes les semaines</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/person_item_dialogs.py" />
      <source>Follow up with {name}</source>
      <translation>Relancer {name}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/followup_dialog.py" />
      <source>New follow-up</source>
      <translation>Nouvelle relance</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/followup_dialog.py" />
      <source>Nobody in particular</source>
      <translation>Personne en particulier</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/followup_dialog.py" />
      <source>None</source>
      <translation>Aucun</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/followup_dialog.py" />
      <source>Or d&amp;epartment</source>
      <translation>Ou &amp;service</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/followup_dialog.py" />
      <source>Person</source>
      <translation>Personne</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/followup_dialog.py" />
      <source>Repeat</source>
      <translation>Répétition</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/followup_dialog.py" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
  </context>
  <context>
    <name>GroupedPage</name>
    <message>
      <location filename="../../cxjournal/ui/widgets/grouped_page.py" />
      <source>Move to trash</source>
      <translation>Placer dans la corbeille</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/grouped_page.py" />
      <source>Move “{what}” to the trash?</source>
      <translation>Placer « {what} » dans la corbeille ?</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/grouped_page.py" />
      <source>Moved to the trash: {what}</source>
      <translation>Placé dans la corbeille : {what}</translation>
    </message>
  </context>
  <context>
    <name>HistoryImportDialog</name>
    <message>
      <location filename="../../cxjournal/ui/dialogs/history_dialog.py" />
      <source>(not imported)</source>
      <translation>(non importée)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/history_dialog.py" />
      <source>Added %n entries.</source>
      <translation>
        <numerusform>%n entrée ajoutée.</numerusform>
        <numerusform>%n entrées ajoutées.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/history_dialog.py" />
      <source>Added %n new people: {names}</source>
      <translation>
        <numerusform>%n nouvelle personne ajoutée : {names}</numerusform>
        <numerusform>%n nouvelles personnes ajoutées : {names}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/history_dialog.py" />
      <source>Import history from {name}</source>
      <translation>Importer l’historique depuis {name}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/history_dialog.py" />
      <source>New people are</source>
      <translation>Les nouvelles personnes sont</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/history_dialog.py" />
      <source>New people are:</source>
      <translation>Les nouvelles personnes sont :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/history_dialog.py" />
      <source>What each column holds</source>
      <translation>Ce que contient chaque colonne</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/history_dialog.py" />
      <source>Would add %n entries.</source>
      <translation>
        <numerusform>Ajouterait %n entrée.</numerusform>
        <numerusform>Ajouterait %n entrées.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/history_dialog.py" />
      <source>Would add %n new people: {names}</source>
      <translation>
        <numerusform>Ajouterait %n nouvelle personne : {names}</numerusform>
        <numerusform>Ajouterait %n nouvelles personnes : {names}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>HoursBox</name>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_hours.py" />
      <source> h</source>
      <translation> h</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_hours.py" />
      <source>&lt;b&gt;Target, in opening hours&lt;/b&gt;</source>
      <translation>&lt;b&gt;Délai visé, en heures d’ouverture&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_hours.py" />
      <source>A date (2026-12-24), a period (2026-08-10..2026-08-23) or a day closed every year (12-25), separated by commas.</source>
      <translation>Une date (2026-12-24), une période (2026-08-10..2026-08-23) ou un jour fermé chaque année (12-25), séparés par des virgules.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_hours.py" />
      <source>Closed days</source>
      <translation>Jours de fermeture</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_hours.py" />
      <source>Friday</source>
      <translation>Vendredi</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_hours.py" />
      <source>Monday</source>
      <translation>Lundi</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_hours.py" />
      <source>No target</source>
      <translation>Sans délai</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_hours.py" />
      <source>Opening hours and response targets</source>
      <translation>Heures d’ouverture et délais de réponse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_hours.py" />
      <source>Response targets count opening time only, and stop while an entry waits on someone. Write each day's hours as 09:00-19:00, with a lunch break as 09:00-12:30 14:00-19:00; leave a day empty when the shop is closed.</source>
      <translation>Les délais de réponse ne comptent que le temps d’ouverture et s’arrêtent tant qu’une entrée est en attente. Écrivez les heures de chaque jour ainsi : 09:00-19:00, avec une pause de midi : 09:00-12:30 14:00-19:00 ; laissez vide un jour de fermeture.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_hours.py" />
      <source>Saturday</source>
      <translation>Samedi</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_hours.py" />
      <source>Sunday</source>
      <translation>Dimanche</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_hours.py" />
      <source>Thursday</source>
      <translation>Jeudi</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_hours.py" />
      <source>Tuesday</source>
      <translation>Mardi</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_hours.py" />
      <source>Wednesday</source>
      <translation>Mercredi</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_hours.py" />
      <source>closed</source>
      <translation>fermé</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_hours.py" />
      <source>to answer</source>
      <translation>pour répondre</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_hours.py" />
      <source>to resolve</source>
      <translation>pour résoudre</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_hours.py" />
      <source>{side}: {kind}</source>
      <translation>{side} : {kind}</translation>
    </message>
  </context>
  <context>
    <name>HowItWentDialog</name>
    <message>
      <location filename="../../cxjournal/ui/dialogs/how_it_went.py" />
      <source>&amp;No answer</source>
      <translation>Pas de &amp;réponse</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/how_it_went.py" />
      <source>Answered %n out of 5</source>
      <translation>
        <numerusform>A répondu %n sur 5</numerusform>
        <numerusform>A répondu %n sur 5</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/how_it_went.py" />
      <source>How did it go?</source>
      <translation>Comment cela s’est-il passé ?</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/how_it_went.py" />
      <source>What did {who} answer, from 1 (very unhappy) to 5 (very happy)?</source>
      <translation>Qu’a répondu {who}, de 1 (très mécontent) à 5 (très content) ?</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/how_it_went.py" />
      <source>the customer</source>
      <translation>le client</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../cxjournal/ui/dialogs/import_dialog.py" />
      <source>(not in the file)</source>
      <translation>(absent du fichier)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/import_dialog.py" />
      <source>Added {added}, merged {merged}, skipped {skipped}.</source>
      <translation>Ajoutées : {added}, fusionnées : {merged}, ignorées : {skipped}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/import_dialog.py" />
      <source>Check</source>
      <translation>Vérifier</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/import_dialog.py" />
      <source>Checking the file…</source>
      <translation>Vérification du fichier…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/import_dialog.py" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/import_dialog.py" />
      <source>Duplicates</source>
      <translation>Doublons</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/import_dialog.py" />
      <source>First rows of the file</source>
      <translation>Premières lignes du fichier</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/import_dialog.py" />
      <source>Import</source>
      <translation>Importer</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/import_dialog.py" />
      <source>Import people from {name}</source>
      <translation>Importer des personnes depuis {name}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/import_dialog.py" />
      <source>Import the valid rows even if some rows have errors</source>
      <translation>Importer les lignes valides même si certaines lignes ont des erreurs</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/import_dialog.py" />
      <source>Import them as</source>
      <translation>Les importer comme</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/import_dialog.py" />
      <source>Import them as:</source>
      <translation>Les importer comme :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/import_dialog.py" />
      <source>Importing…</source>
      <translation>Import en cours…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/import_dialog.py" />
      <source>Line {line}: {reason}</source>
      <translation>Ligne {line} : {reason}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/import_dialog.py" />
      <source>Merge them (fill in missing details)</source>
      <translation>Les fusionner (compléter les informations manquantes)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/import_dialog.py" />
      <source>Nothing is imported while these rows have errors. Correct the file, or tick “Import the valid rows”:</source>
      <translation>Rien n'est importé tant que ces lignes ont des erreurs. Corrigez le fichier, ou cochez « Importer les lignes valides » :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/import_dialog.py" />
      <source>People already in the journal:</source>
      <translation>Personnes déjà dans le journal :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/import_dialog.py" />
      <source>Press “Check” to see what the import will do.</source>
      <translation>Appuyez sur « Vérifier » pour voir ce que l'import fera.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/import_dialog.py" />
      <source>Read as {encoding}, columns separated by “{delimiter}”.</source>
      <translation>Lu en {encoding}, colonnes séparées par « {delimiter} ».</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/import_dialog.py" />
      <source>Skip them (keep what the journal has)</source>
      <translation>Les ignorer (garder ce que contient le journal)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/import_dialog.py" />
      <source>Skipped as duplicates:</source>
      <translation>Ignorées car en double :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/import_dialog.py" />
      <source>These rows have errors and are left out:</source>
      <translation>Ces lignes ont des erreurs et sont laissées de côté :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/import_dialog.py" />
      <source>What the import will do</source>
      <translation>Ce que l'import fera</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/import_dialog.py" />
      <source>Which column holds what</source>
      <translation>Quelle colonne contient quoi</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/import_dialog.py" />
      <source>Would add {added}, merge {merged}, skip {skipped}.</source>
      <translation>Ajouterait {added}, fusionnerait {merged}, ignorerait {skipped}.</translation>
    </message>
  </context>
  <context>
    <name>JournalModel</name>
    <message>
      <location filename="../../cxjournal/ui/models/journal_model.py" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/models/journal_model.py" />
      <source>Person</source>
      <translation>Personne</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/models/journal_model.py" />
      <source>Priority</source>
      <translation>Priorité</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/models/journal_model.py" />
      <source>Satisfaction</source>
      <translation>Satisfaction</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/models/journal_model.py" />
      <source>Side</source>
      <translation>Côté</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/models/journal_model.py" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/models/journal_model.py" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/models/journal_model.py" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
  </context>
  <context>
    <name>KeepDialog</name>
    <message>
      <location filename="../../cxjournal/ui/dialogs/retention_dialog.py" />
      <source>Give a day to keep them until, or the reason.</source>
      <translation>Indiquez jusqu’à quel jour les garder, ou la raison.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/retention_dialog.py" />
      <source>Keep &amp;until</source>
      <translation>Garder &amp;jusqu’au</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/retention_dialog.py" />
      <source>Keep past the period</source>
      <translation>Garder au-delà de la durée</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/retention_dialog.py" />
      <source>Keep until</source>
      <translation>Garder jusqu’au</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/retention_dialog.py" />
      <source>Reason to keep them</source>
      <translation>Raison de les garder</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/retention_dialog.py" />
      <source>e.g. warranty until 2027, dispute in progress</source>
      <translation>p. ex. garantie jusqu’en 2027, litige en cours</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/retention_dialog.py" />
      <source>or for this &amp;reason</source>
      <translation>ou pour cette &amp;raison</translation>
    </message>
  </context>
  <context>
    <name>KeepInTouchSettings</name>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_keep_in_touch.py" />
      <source> entries in six months</source>
      <translation> entrées en six mois</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_keep_in_touch.py" />
      <source>A regular customer has at least</source>
      <translation>Un client régulier a au moins</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_keep_in_touch.py" />
      <source>Keep in touch</source>
      <translation>Garder le contact</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_keep_in_touch.py" />
      <source>Losing touch (Today, cxjournal due) lists the regular customers with no contact for 45 days, and everyone past the cadence set on their card.</source>
      <translation>« Contact qui se perd » (Aujourd'hui, cxjournal due) liste les clients réguliers sans contact depuis 45 jours, et chaque personne qui a dépassé le rythme fixé sur sa fiche.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_keep_in_touch.py" />
      <source>Off</source>
      <translation>Désactivé</translation>
    </message>
  </context>
  <context>
    <name>KeptDialog</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/kept_dialog.py" />
      <source>%n person(s) past your retention periods, kept by your decision until a day or for a reason. Stop keeping someone to see them again in the list of who is due for deletion; nothing is deleted here.</source>
      <translation>
        <numerusform>%n personne au-delà de vos durées de conservation, gardée par votre décision jusqu’à un jour ou pour une raison. Cessez de garder quelqu’un pour le retrouver dans la liste des personnes à supprimer ; rien n’est supprimé ici.</numerusform>
        <numerusform>%n personnes au-delà de vos durées de conservation, gardées par votre décision jusqu’à un jour ou pour une raison. Cessez de garder quelqu’un pour le retrouver dans la liste des personnes à supprimer ; rien n’est supprimé ici.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/kept_dialog.py" />
      <source>&amp;Stop keeping…</source>
      <translation>&amp;Ne plus garder…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/kept_dialog.py" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/kept_dialog.py" />
      <source>Kept past the period</source>
      <translation>Gardés au-delà de la durée</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/kept_dialog.py" />
      <source>Kept until</source>
      <translation>Gardé jusqu’au</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/kept_dialog.py" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/kept_dialog.py" />
      <source>People kept past the period</source>
      <translation>Personnes gardées au-delà de la durée</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/kept_dialog.py" />
      <source>Period ended</source>
      <translation>Durée écoulée le</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/kept_dialog.py" />
      <source>Reason</source>
      <translation>Raison</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/kept_dialog.py" />
      <source>Side</source>
      <translation>Côté</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/kept_dialog.py" />
      <source>Stop keeping %n person(s) past the period: {names}? Their day and reason to keep them are cleared, and they are listed again as due for deletion (nothing is deleted until you confirm an erasure).</source>
      <translation>
        <numerusform>Ne plus garder %n personne au-delà de la durée : {names} ? Son jour et sa raison de conservation sont effacés, et elle figure de nouveau parmi les personnes à supprimer (rien n’est supprimé avant que vous confirmiez un effacement).</numerusform>
        <numerusform>Ne plus garder %n personnes au-delà de la durée : {names} ? Leurs jours et raisons de conservation sont effacés, et elles figurent de nouveau parmi les personnes à supprimer (rien n’est supprimé avant que vous confirmiez un effacement).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/kept_dialog.py" />
      <source>Stop keeping?</source>
      <translation>Ne plus garder ?</translation>
    </message>
  </context>
  <context>
    <name>KioskSection</name>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_kiosk.py" />
      <source>&amp;Add</source>
      <translation>&amp;Ajouter</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_kiosk.py" />
      <source>&amp;Up</source>
      <translation>Mon&amp;ter</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_kiosk.py" />
      <source>A reason cannot contain “;”.</source>
      <translation>Une raison ne peut pas contenir « ; ».</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_kiosk.py" />
      <source>A reason, as the kiosk should show it</source>
      <translation>Une raison, telle que la borne doit l’afficher</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_kiosk.py" />
      <source>Change the PIN…</source>
      <translation>Changer le code…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_kiosk.py" />
      <source>Customers' &amp;question</source>
      <translation>&amp;Question aux clients</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_kiosk.py" />
      <source>Do&amp;wn</source>
      <translation>Desc&amp;endre</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_kiosk.py" />
      <source>Kiosk</source>
      <translation>Borne</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_kiosk.py" />
      <source>Leave a question empty to ask it in the kiosk's own words.</source>
      <translation>Laissez une question vide pour la poser avec les mots de la borne.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_kiosk.py" />
      <source>New reason</source>
      <translation>Nouvelle raison</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_kiosk.py" />
      <source>No reason of your own: the kiosk offers {reasons}.</source>
      <translation>Aucune raison à vous : la borne propose {reasons}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_kiosk.py" />
      <source>Not set yet.</source>
      <translation>Pas encore choisi.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_kiosk.py" />
      <source>PIN to leave</source>
      <translation>Code pour quitter</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_kiosk.py" />
      <source>Reasons</source>
      <translation>Raisons</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_kiosk.py" />
      <source>Reasons offered after an unhappy answer</source>
      <translation>Raisons proposées après une réponse mécontente</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_kiosk.py" />
      <source>Remo&amp;ve</source>
      <translation>Supp&amp;rimer</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_kiosk.py" />
      <source>Set (kept as a salted hash).</source>
      <translation>Choisi (gardé sous forme d’empreinte salée).</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_kiosk.py" />
      <source>Set the PIN…</source>
      <translation>Choisir le code…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_kiosk.py" />
      <source>Staff &amp;pulse question</source>
      <translation>Question du &amp;pouls du personnel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_kiosk.py" />
      <source>The kiosk shows at most {count} reasons.</source>
      <translation>La borne affiche au plus {count} raisons.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_kiosk.py" />
      <source>The reason “{reason}” is there already.</source>
      <translation>La raison « {reason} » y est déjà.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_kiosk.py" />
      <source>Type the reason first.</source>
      <translation>Tapez d’abord la raison.</translation>
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message>
      <location filename="../../cxjournal/ui/shell/idle_lock.py" />
      <source>&amp;Show the journal</source>
      <translation>&amp;Afficher le journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/idle_lock.py" />
      <source>&amp;Unlock</source>
      <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/idle_lock.py" />
      <source>CX Journal is locked</source>
      <translation>CX Journal est verrouillé</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/idle_lock.py" />
      <source>Locked after a while without use, so that nobody passing by reads it.</source>
      <translation>Verrouillé après un moment sans utilisation, pour que personne ne le lise en passant.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/idle_lock.py" />
      <source>Locked after a while without use. Type the password of {account} to go on, or switch to another account.</source>
      <translation>Verrouillé après un moment sans utilisation. Tapez le mot de passe de {account} pour continuer, ou passez à un autre compte.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/idle_lock.py" />
      <source>Password</source>
      <translation>Mot de passe</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/idle_lock.py" />
      <source>S&amp;witch user…</source>
      <translation>Changer d’&amp;utilisateur…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/shell/idle_lock.py" />
      <source>Wrong password, %n times. Wait before trying again.</source>
      <translation>
        <numerusform>Mauvais mot de passe, %n fois. Attendez avant de réessayer.</numerusform>
        <numerusform>Mauvais mot de passe, %n fois. Attendez avant de réessayer.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/idle_lock.py" />
      <source>Wrong password. Try again.</source>
      <translation>Mauvais mot de passe. Réessayez.</translation>
    </message>
  </context>
  <context>
    <name>LosingTouchSection</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/widgets/losing_touch.py" />
      <source>&lt;b&gt;Losing touch&lt;/b&gt;: %n person(s) past the time to get in touch</source>
      <translation>
        <numerusform>&lt;b&gt;Contact qui se perd&lt;/b&gt; : %n personne qu’il est temps de recontacter</numerusform>
        <numerusform>&lt;b&gt;Contact qui se perd&lt;/b&gt; : %n personnes qu’il est temps de recontacter</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/losing_touch.py" />
      <source>Last contact</source>
      <translation>Dernier contact</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/losing_touch.py" />
      <source>Losing touch</source>
      <translation>Contact qui se perd</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/losing_touch.py" />
      <source>Side</source>
      <translation>Côté</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/losing_touch.py" />
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/losing_touch.py" />
      <source>Why</source>
      <translation>Pourquoi</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/widgets/losing_touch.py" />
      <source>keep in touch every %n day(s)</source>
      <translation>
        <numerusform>garder le contact tous les %n jours</numerusform>
        <numerusform>garder le contact tous les %n jours</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/losing_touch.py" />
      <source>never</source>
      <translation>jamais</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/losing_touch.py" />
      <source>regular customer, no contact for 45 days</source>
      <translation>client régulier, sans contact depuis 45 jours</translation>
    </message>
  </context>
  <context>
    <name>MailSection</name>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_mail.py" />
      <source>Drop saved e-mails (.eml) on the window to log them. A message sent from one of these addresses is recorded as the response to the entry it answers.</source>
      <translation>Déposez des e-mails enregistrés (.eml) sur la fenêtre pour les noter au journal. Un message envoyé depuis l’une de ces adresses est enregistré comme la réponse à l’entrée à laquelle il répond.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_mail.py" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_mail.py" />
      <source>Each account's addresses</source>
      <translation>Les adresses de chaque compte</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_mail.py" />
      <source>The shop's addresses</source>
      <translation>Adresses du commerce</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_mail.py" />
      <source>anna: anna@my-shop.fr; paul: paul@my-shop.fr</source>
      <translation>anna : anna@ma-boutique.fr ; paul : paul@ma-boutique.fr</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_mail.py" />
      <source>contact@my-shop.fr, owner@my-shop.fr</source>
      <translation>contact@mon-commerce.fr, patron@mon-commerce.fr</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../cxjournal/ui/shell/main_window.py" />
      <source>CX Journal</source>
      <translation>CX Journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/main_window.py" />
      <source>CX Journal — {name}</source>
      <translation>CX Journal — {name}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/people_page.py" />
      <location filename="../../cxjournal/ui/shell/main_window.py" />
      <source>Customers</source>
      <translation>Clients</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/followups.py" />
      <location filename="../../cxjournal/ui/shell/main_window.py" />
      <source>Follow-ups</source>
      <translation>Relances</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/main_window.py" />
      <source>Insights</source>
      <translation>Tendances</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/main_window.py" />
      <source>Journal</source>
      <translation>Journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/main_window.py" />
      <source>New entry…</source>
      <translation>Nouvelle entrée…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/main_window.py" />
      <source>Pages</source>
      <translation>Pages</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/promises.py" />
      <location filename="../../cxjournal/ui/shell/main_window.py" />
      <source>Promises</source>
      <translation>Promesses</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/main_window.py" />
      <source>Refresh</source>
      <translation>Actualiser</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/main_window.py" />
      <source>Reports</source>
      <translation>Rapports</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/main_window.py" />
      <source>Saved: {title}</source>
      <translation>Enregistré : {title}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/main_window.py" />
      <source>Settings</source>
      <translation>Réglages</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/main_window.py" />
      <source>Staff</source>
      <translation>Personnel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/main_window.py" />
      <source>Today</source>
      <translation>Aujourd'hui</translation>
    </message>
  </context>
  <context>
    <name>MissedRemindersDialog</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/shell/reminder_banner.py" />
      <source>%n reminders came due while CX Journal was closed.</source>
      <translation>
        <numerusform>%n rappel est arrivé à échéance pendant que CX Journal était fermé.</numerusform>
        <numerusform>%n rappels sont arrivés à échéance pendant que CX Journal était fermé.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/reminder_banner.py" />
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/reminder_banner.py" />
      <source>While CX Journal was closed</source>
      <translation>Pendant que CX Journal était fermé</translation>
    </message>
  </context>
  <context>
    <name>Page</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source> days before</source>
      <translation>
        <numerusform> jour avant</numerusform>
        <numerusform> jours avant</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source> h</source>
      <translation> h</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n page</numerusform>
        <numerusform>%n pages</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>%n pages. Save or print the report.</source>
      <translation>
        <numerusform>%n page. Enregistrez ou imprimez le rapport.</numerusform>
        <numerusform>%n pages. Enregistrez ou imprimez le rapport.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>&amp;Business name</source>
      <translation>Nom de l'&amp;entreprise</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/staff.py" />
      <source>&amp;Departments…</source>
      <translation>&amp;Services…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>&amp;Done</source>
      <translation>&amp;Fait</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/followups.py" />
      <location filename="../../cxjournal/ui/pages/promises.py" />
      <source>&amp;Edit…</source>
      <translation>&amp;Modifier…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/journal.py" />
      <source>&amp;Entries</source>
      <translation>&amp;Entrées</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>&amp;Kept</source>
      <translation>&amp;Tenue</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>&amp;Logo</source>
      <translation>&amp;Logo</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/followups.py" />
      <source>&amp;New follow-up…</source>
      <translation>&amp;Nouvelle relance…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/promises.py" />
      <source>&amp;New promise…</source>
      <translation>&amp;Nouvelle promesse…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>&amp;Open</source>
      <translation>&amp;Ouvrir</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>&amp;Open folder</source>
      <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>&amp;Paper size</source>
      <translation>Format du &amp;papier</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>&amp;Preview</source>
      <translation>&amp;Aperçu</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/promises.py" />
      <source>&amp;Reopen</source>
      <translation>&amp;Rouvrir</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>&amp;Revert</source>
      <translation>&amp;Annuler les modifications</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>&amp;Save as PDF…</source>
      <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>&amp;Save settings</source>
      <translation>&amp;Enregistrer les réglages</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>&amp;Snooze</source>
      <translation>&amp;Reporter</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>&amp;Time zone</source>
      <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>(the file cannot be read)</source>
      <translation>(le fichier est illisible)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>&lt;b&gt;Customers&lt;/b&gt;</source>
      <translation>&lt;b&gt;Clients&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>&lt;b&gt;Due today and overdue&lt;/b&gt;: nothing, well done.</source>
      <translation>&lt;b&gt;À faire aujourd'hui et en retard&lt;/b&gt; : rien, bravo.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>&lt;b&gt;Due today and overdue&lt;/b&gt;: {count} ({late} late)</source>
      <translation>&lt;b&gt;À faire aujourd'hui et en retard&lt;/b&gt; : {count} ({late} en retard)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>&lt;b&gt;Due today and overdue&lt;/b&gt;: {count} ({late} late; the {shown} most urgent here, all of them on the Promises and Follow-ups pages)</source>
      <translation>&lt;b&gt;À faire aujourd'hui et en retard&lt;/b&gt; : {count} ({late} en retard ; les {shown} plus urgents ici, tous sur les pages Promesses et Relances)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>&lt;b&gt;Open complaints and concerns&lt;/b&gt;: {count}</source>
      <translation>&lt;b&gt;Réclamations et signalements ouverts&lt;/b&gt; : {count}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>&lt;b&gt;Open complaints and concerns&lt;/b&gt;: {count} (the {shown} most urgent)</source>
      <translation>&lt;b&gt;Réclamations et signalements ouverts&lt;/b&gt; : {count} (les {shown} plus urgents)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>&lt;b&gt;Staff&lt;/b&gt;</source>
      <translation>&lt;b&gt;Personnel&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/insights.py" />
      <source>A link is not a cause: both sides may follow something else.</source>
      <translation>Un lien n’est pas une cause : les deux côtés peuvent suivre autre chose.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>A new language takes effect after a restart.</source>
      <translation>Une nouvelle langue s'applique après un redémarrage.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/followups.py" />
      <source>About</source>
      <translation>À propos</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/staff.py" />
      <source>Add and rename departments, set check-ins</source>
      <translation>Ajouter et renommer des services, régler les points</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/journal.py" />
      <source>Any kind</source>
      <translation>Tous les types</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/journal.py" />
      <source>Any status</source>
      <translation>Tous les statuts</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/journal.py" />
      <source>Any tag</source>
      <translation>Toutes les étiquettes</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/journal.py" />
      <source>Anyone</source>
      <translation>Tout le monde</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>Average satisfaction</source>
      <translation>Satisfaction moyenne</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/pages/insights.py" />
      <source>Blank: fewer than %n rating(s) at that hour.</source>
      <translation>
        <numerusform>Vide : moins de %n avis à cette heure-là.</numerusform>
        <numerusform>Vide : moins de %n avis à cette heure-là.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/journal.py" />
      <source>Both sides</source>
      <translation>Les deux côtés</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/promises.py" />
      <source>Broken: {what}</source>
      <translation>Non tenue : {what}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Building the report…</source>
      <translation>Préparation du rapport…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>Business and reports</source>
      <translation>Entreprise et rapports</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>C&amp;hoose…</source>
      <translation>C&amp;hoisir…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>C&amp;urrency</source>
      <translation>&amp;Devise</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/promises.py" />
      <source>Cancelled: {what}</source>
      <translation>Annulée : {what}</translation>
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
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>Cannot save the settings</source>
      <translation>Impossible d'enregistrer les réglages</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>Changes not saved yet.</source>
      <translation>Modifications pas encore enregistrées.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>Choose a logo</source>
      <translation>Choisir un logo</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Choose a report, then press Preview: its pages appear here.</source>
      <translation>Choisissez un rapport, puis appuyez sur Aperçu : ses pages s'affichent ici.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/journal.py" />
      <source>Clear filters</source>
      <translation>Effacer les filtres</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/insights.py" />
      <source>Computing…</source>
      <translation>Calcul en cours…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>Copy this shared journal to this computer every day (kept 7 days, 4 weeks, 12 months)</source>
      <translation>Copier chaque jour ce journal partagé sur cet ordinateur (gardé 7 jours, 4 semaines, 12 mois)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/insights.py" />
      <source>Could not compute the insights: {error}</source>
      <translation>Impossible de calculer les tendances : {error}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>Counted in clock hours, nights and Sundays included. An entry waiting on the customer or a supplier raises none: once it runs again, its reminder comes as much later as it waited (its response targets pause the same way).</source>
      <translation>Compté en heures d'horloge, nuits et dimanches compris. Une entrée en attente du client ou d'un fournisseur n'en déclenche aucun : quand elle reprend, son rappel vient d'autant plus tard qu'elle a attendu (ses délais de réponse s'arrêtent de la même façon).</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/followups.py" />
      <source>Ctrl+T: until tomorrow morning</source>
      <translation>Ctrl+T : jusqu'à demain matin</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>Currency</source>
      <translation>Devise</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/insights.py" />
      <source>Customer Happy Index (0-100)</source>
      <translation>Indice de bonheur des clients (0-100)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/insights.py" />
      <source>Customer complaints</source>
      <translation>Réclamations de clients</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/promises.py" />
      <source>Customer or staff</source>
      <translation>Client ou personnel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/insights.py" />
      <source>Customer satisfaction (1-5)</source>
      <translation>Satisfaction des clients (1-5)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>Daily copy on this computer</source>
      <translation>Copie quotidienne sur cet ordinateur</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>Data file</source>
      <translation>Fichier de données</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>Data file:</source>
      <translation>Fichier de données :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/insights.py" />
      <source>Demo data: these figures come from the demo journal, made up to show what the page does. They say nothing about a real shop.</source>
      <translation>Données de démonstration : ces chiffres viennent du journal de démonstration, inventés pour montrer ce que fait la page. Ils ne disent rien d’un vrai commerce.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/followups.py" />
      <source>Done: {title}</source>
      <translation>Faite : {title}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/followups.py" />
      <source>Done: {title}. Next time: {time}</source>
      <translation>Faite : {title}. Prochaine fois : {time}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>Due today and overdue</source>
      <translation>À faire aujourd'hui et en retard</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>Entries</source>
      <translation>Entrées</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>Every computer of the shop writes the time of this zone. Changing it does not convert the times already recorded: they keep the clock time they were written with.</source>
      <translation>Tous les ordinateurs de la boutique écrivent l’heure de ce fuseau. Le changer ne convertit pas les heures déjà enregistrées : elles gardent l’heure à laquelle elles ont été écrites.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/insights.py" />
      <source>First answer to staff (median hours)</source>
      <translation>Première réponse au personnel (heures, médiane)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/promises.py" />
      <source>First promised for {date}</source>
      <translation>Promise d'abord pour le {date}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>Follow-up</source>
      <translation>Relance</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>Follow-up (repeats)</source>
      <translation>Relance (répétée)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/journal.py" />
      <source>From</source>
      <translation>Du</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/journal.py" />
      <source>From:</source>
      <translation>Du :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>Give the currency as a three-letter code such as EUR or USD.</source>
      <translation>Indiquez la devise par un code de trois lettres, comme EUR ou USD.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>Happy Index</source>
      <translation>Indice de bonheur</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Include confidential entries</source>
      <translation>Inclure les entrées confidentielles</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>Include confidential entries in reports</source>
      <translation>Inclure les entrées confidentielles dans les rapports</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/journal.py" />
      <source>Journal entries</source>
      <translation>Entrées du journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>Keep running in the tray when the window is closed</source>
      <translation>Continuer dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/promises.py" />
      <source>Kept: {what}</source>
      <translation>Tenue : {what}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/journal.py" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>Lan&amp;guage</source>
      <translation>Lan&amp;gue</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <location filename="../../cxjournal/ui/pages/settings.py" />
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
    <message numerus="yes">
      <location filename="../../cxjournal/ui/pages/insights.py" />
      <source>Last %n month(s)</source>
      <translation>
        <numerusform>%n dernier mois</numerusform>
        <numerusform>%n derniers mois</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>Letter (US)</source>
      <translation>Letter (États-Unis)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>List the entries' attached files</source>
      <translation>Lister les fichiers joints aux entrées</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>Logo file</source>
      <translation>Fichier du logo</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>Logo preview</source>
      <translation>Aperçu du logo</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>Mark the follow-up done (Ctrl+Return)</source>
      <translation>Marquer la relance comme faite (Ctrl+Entrée)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>Median time to first response</source>
      <translation>Délai médian de première réponse</translation>
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
      <location filename="../../cxjournal/ui/pages/insights.py" />
      <source>Months shown</source>
      <translation>Mois affichés</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/followups.py" />
      <location filename="../../cxjournal/ui/pages/promises.py" />
      <source>Move to &amp;trash</source>
      <translation>Placer dans la &amp;corbeille</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Name or #number</source>
      <translation>Nom ou n°</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/promises.py" />
      <source>New &amp;date…</source>
      <translation>Nouvelle &amp;date…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/promises.py" />
      <source>New date agreed: {date}</source>
      <translation>Nouvelle date convenue : {date}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/promises.py" />
      <source>New date for the promise</source>
      <translation>Nouvelle date pour la promesse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/promises.py" />
      <source>New due date</source>
      <translation>Nouvelle échéance</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/journal.py" />
      <source>No entry matches the search and filters: “Clear filters” shows all.</source>
      <translation>Aucune entrée ne correspond à la recherche et aux filtres : « Effacer les filtres » les montre toutes.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/journal.py" />
      <source>No entry yet. Press {keys} or “New entry” to record what a customer or a staff member told you.</source>
      <translation>Aucune entrée pour l'instant. Appuyez sur {keys} ou sur « Nouvelle entrée » pour noter ce qu'un client ou un membre du personnel vous a dit.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/followups.py" />
      <source>No follow-up planned. Press Ctrl+Shift+N or “New follow-up…” to plan when to call someone back or check how things went.</source>
      <translation>Aucune relance prévue. Appuyez sur Ctrl+Maj+N ou sur « Nouvelle relance… » pour prévoir quand rappeler quelqu'un ou vérifier comment les choses se sont passées.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>No logo</source>
      <translation>Pas de logo</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/promises.py" />
      <source>No open or recent promise. Press Ctrl+Shift+N or “New promise…” to note what you promised a customer or a staff member, and by when.</source>
      <translation>Aucune promesse en cours ni récente. Appuyez sur Ctrl+Maj+N ou sur « Nouvelle promesse… » pour noter ce que vous avez promis à un client ou à un membre du personnel, et pour quand.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>Not a picture</source>
      <translation>Pas une image</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>Nothing due and no open complaint or concern. Press {keys} or “New entry” to record what a customer or a staff member told you; what needs you shows up here.</source>
      <translation>Rien à faire et aucune réclamation ni aucun signalement ouvert. Appuyez sur {keys} ou sur « Nouvelle entrée » pour noter ce qu'un client ou un membre du personnel vous a dit ; ce qui vous attend s'affichera ici.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/journal.py" />
      <source>Number of entries shown</source>
      <translation>Nombre d'entrées affichées</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>O&amp;pen in journal</source>
      <translation>O&amp;uvrir dans le journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>Off</source>
      <translation>Désactivé</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/promises.py" />
      <source>Open again: {what}</source>
      <translation>Rouverte : {what}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>Open the data folder</source>
      <translation>Ouvrir le dossier des données</translation>
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
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>Paper size</source>
      <translation>Format du papier</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/journal.py" />
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
      <location filename="../../cxjournal/ui/pages/journal.py" />
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Person:</source>
      <translation>Personne :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp)</source>
      <translation>Images (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Preview</source>
      <translation>Aperçu</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>Priority</source>
      <translation>Priorité</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>Promise</source>
      <translation>Promesse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/promises.py" />
      <source>Promised to</source>
      <translation>Promis à</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/insights.py" />
      <source>Promises to customers kept on time (%)</source>
      <translation>Promesses aux clients tenues à temps (%)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/insights.py" />
      <source>Promises to staff kept on time (%)</source>
      <translation>Promesses au personnel tenues à temps (%)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/journal.py" />
      <source>R&amp;atings</source>
      <translation>&amp;Notes</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>Remind me of a promise</source>
      <translation>Me rappeler une promesse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>Remind me of overdue promises</source>
      <translation>Me rappeler les promesses en retard</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/followups.py" />
      <source>Remind me on</source>
      <translation>Me rappeler le</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>Reminders and privacy</source>
      <translation>Rappels et confidentialité</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>Remove the logo</source>
      <translation>Retirer le logo</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/followups.py" />
      <source>Repeats</source>
      <translation>Répétition</translation>
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
      <location filename="../../cxjournal/ui/pages/journal.py" />
      <source>Search the journal</source>
      <translation>Rechercher dans le journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/journal.py" />
      <source>Search titles, details, names and tags (Ctrl+F)…</source>
      <translation>Rechercher dans les titres, détails, noms et étiquettes (Ctrl+F)…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Sent to the printer: {printed} of {pages}.</source>
      <translation>Envoyé à l'imprimante : {printed} sur {pages}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>Settings message</source>
      <translation>Message des réglages</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>Settings saved.</source>
      <translation>Réglages enregistrés.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>Show reminders on this computer</source>
      <translation>Afficher les rappels sur cet ordinateur</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>Show the text of confidential entries in reminders</source>
      <translation>Afficher le texte des entrées confidentielles dans les rappels</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/journal.py" />
      <source>Side</source>
      <translation>Côté</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/followups.py" />
      <source>Snooze</source>
      <translation>Reporter</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>Snooze the follow-up (Ctrl+L: until tomorrow)</source>
      <translation>Reporter la relance (Ctrl+L : jusqu'à demain)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/followups.py" />
      <source>Snoozed until {time}: {title}</source>
      <translation>Reportée au {time} : {title}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/insights.py" />
      <source>Staff (left) and customers (right)</source>
      <translation>Personnel (à gauche) et clients (à droite)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/insights.py" />
      <source>Staff and customers, month by month</source>
      <translation>Personnel et clients, mois par mois</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/insights.py" />
      <source>Staff check-ins done (%)</source>
      <translation>Points avec le personnel faits (%)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/insights.py" />
      <source>Staff concerns resolved (median hours)</source>
      <translation>Préoccupations du personnel résolues (heures, médiane)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/insights.py" />
      <source>Staff pulse (0-100)</source>
      <translation>Pouls du personnel (0-100)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/promises.py" />
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/journal.py" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/journal.py" />
      <source>Still open</source>
      <translation>Encore ouvertes</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/journal.py" />
      <source>Tag</source>
      <translation>Étiquette</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/journal.py" />
      <source>Tag:</source>
      <translation>Étiquette :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>The logo “{path}” is not a picture CX Journal can read.</source>
      <translation>Le logo « {path} » n'est pas une image que CX Journal sait lire.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>The printer is not ready.</source>
      <translation>L'imprimante n'est pas prête.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>The promise was kept (Ctrl+K)</source>
      <translation>La promesse a été tenue (Ctrl+K)</translation>
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
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>This month: {month}</source>
      <translation>Ce mois-ci : {month}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>Time zone</source>
      <translation>Fuseau horaire</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/journal.py" />
      <source>To</source>
      <translation>Au</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/journal.py" />
      <source>To:</source>
      <translation>Au :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>Today</source>
      <translation>Aujourd'hui</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>Today {time}</source>
      <translation>Aujourd'hui {time}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>Today: {today} · this month: {month}</source>
      <translation>Aujourd’hui : {today} · ce mois-ci : {month}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>Turn it off on a computer that should not pop up reminders (the counter): another computer of the shop shows them instead.</source>
      <translation>Désactivez-le sur un ordinateur qui ne doit pas afficher de rappels (le comptoir) : un autre ordinateur de la boutique les affiche à sa place.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>Unanswered complaint after</source>
      <translation>Réclamation sans réponse après</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>Unanswered staff concern after</source>
      <translation>Signalement du personnel sans réponse après</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/followups.py" />
      <source>Until…</source>
      <translation>Jusqu'au…</translation>
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
      <location filename="../../cxjournal/ui/pages/insights.py" />
      <source>What moved together</source>
      <translation>Ce qui a évolué ensemble</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/insights.py" />
      <source>When customers are least happy (Happy Index by hour and day)</source>
      <translation>Quand les clients sont le moins contents (indice de bonheur par heure et par jour)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>Your data</source>
      <translation>Vos données</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/followups.py" />
      <source>done {time}</source>
      <translation>faite {time}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>no ratings</source>
      <translation>aucun avis</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/pages/journal.py" />
      <source>{count} entries</source>
      <translation>
        <numerusform>{count} entrée</numerusform>
        <numerusform>{count} entrées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/pages/journal.py" />
      <source>{count}+ entries</source>
      <translation>
        <numerusform>{count} entrée et plus</numerusform>
        <numerusform>{count} entrées et plus</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>{date}, {days} late</source>
      <translation>{date}, {days} de retard</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>{index}/100 from %n rating(s)</source>
      <translation>
        <numerusform>{index}/100 sur %n avis</numerusform>
        <numerusform>{index}/100 sur %n avis</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>{kept} of {settled} on time, %n still open and late</source>
      <translation>
        <numerusform>{kept} sur {settled} à temps, %n encore ouverte et en retard</numerusform>
        <numerusform>{kept} sur {settled} à temps, %n encore ouvertes et en retard</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>{score} / 5</source>
      <translation>{score} / 5</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>{status}, no response yet</source>
      <translation>{status}, pas encore de réponse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/followups.py" />
      <source>{time} (snoozed)</source>
      <translation>{time} (reportée)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>“{name}” is not a picture CX Journal can read. Choose a PNG or JPEG file.</source>
      <translation>« {name} » n'est pas une image que CX Journal sait lire. Choisissez un fichier PNG ou JPEG.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/journal.py" />
      <source>“{title}” was moved to the trash.</source>
      <translation>« {title} » a été placée dans la corbeille.</translation>
    </message>
  </context>
  <context>
    <name>PeoplePage</name>
    <message>
      <location filename="../../cxjournal/ui/pages/people_page.py" />
      <source>&amp;Add…</source>
      <translation>&amp;Ajouter…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/people_page.py" />
      <source>&amp;Undo</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/people_page.py" />
      <source>A&amp;rchive</source>
      <translation>A&amp;rchiver</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/people_page.py" />
      <source>Add someone (Ctrl+Shift+N)</source>
      <translation>Ajouter quelqu'un (Ctrl+Maj+N)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/people_page.py" />
      <source>Bring the person back from the trash (Ctrl+Z)</source>
      <translation>Sortir la personne de la corbeille (Ctrl+Z)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/people_page.py" />
      <source>Ed&amp;it…</source>
      <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/people_page.py" />
      <source>Edit their details (Ctrl+E)</source>
      <translation>Modifier ses coordonnées (Ctrl+E)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/people_page.py" />
      <source>Everyone here is archived: tick “Show archived” to see them.</source>
      <translation>Tout le monde ici est archivé : cochez « Afficher les archivés » pour les voir.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/people_page.py" />
      <source>Last contact</source>
      <translation>Dernier contact</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/people_page.py" />
      <source>Move to &amp;trash…</source>
      <translation>Placer dans la &amp;corbeille…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/people_page.py" />
      <source>Move to the trash (Delete)</source>
      <translation>Placer dans la corbeille (Suppr)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/people_page.py" />
      <source>Move to trash</source>
      <translation>Placer dans la corbeille</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/people_page.py" />
      <source>Move {name} to the trash? You can undo this now, or restore them from the trash later.</source>
      <translation>Placer {name} dans la corbeille ? Vous pouvez annuler maintenant, ou la restaurer plus tard depuis la corbeille.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/people_page.py" />
      <source>No customer yet. Press Ctrl+Shift+N or “Add…” to add one, or {keys} to record what a customer told you: they are added with it.</source>
      <translation>Aucun client pour l'instant. Appuyez sur Ctrl+Maj+N ou sur « Ajouter… » pour en ajouter un, ou sur {keys} pour noter ce qu'un client vous a dit : il est ajouté avec l'entrée.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/people_page.py" />
      <source>No staff member yet. Press Ctrl+Shift+N or “Add…” to add one, or {keys} to record what a staff member told you: they are added with it.</source>
      <translation>Aucun membre du personnel pour l'instant. Appuyez sur Ctrl+Maj+N ou sur « Ajouter… » pour en ajouter un, ou sur {keys} pour noter ce qu'un membre du personnel vous a dit : il est ajouté avec l'entrée.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/people_page.py" />
      <source>Nobody matches this search.</source>
      <translation>Personne ne correspond à cette recherche.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/people_page.py" />
      <source>Search by name, organisation, email or phone</source>
      <translation>Rechercher par nom, organisation, e-mail ou téléphone</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/people_page.py" />
      <source>Search people</source>
      <translation>Rechercher des personnes</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/people_page.py" />
      <source>Show &amp;archived</source>
      <translation>Afficher les &amp;archivés</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/people_page.py" />
      <source>Staff members</source>
      <translation>Membres du personnel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/people_page.py" />
      <source>Un&amp;archive</source>
      <translation>Dés&amp;archiver</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/people_page.py" />
      <source>{name} (archived)</source>
      <translation>{name} (archivé)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/people_page.py" />
      <source>{name} was moved to the trash.</source>
      <translation>{name} a été placé(e) dans la corbeille.</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <location filename="../../cxjournal/ui/dialogs/person_dialog.py" />
      <source>&amp;Department</source>
      <translation>&amp;Service</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/person_dialog.py" />
      <source>&amp;Email</source>
      <translation>&amp;E-mail</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/person_dialog.py" />
      <source>&amp;Keep in touch</source>
      <translation>Garder le &amp;contact</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/person_dialog.py" />
      <source>&amp;Name</source>
      <translation>&amp;Nom</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/person_dialog.py" />
      <source>&amp;Organisation</source>
      <translation>&amp;Organisation</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/person_dialog.py" />
      <source>&amp;Phone</source>
      <translation>&amp;Téléphone</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/person_dialog.py" />
      <source>&amp;Role</source>
      <translation>&amp;Fonction</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/person_dialog.py" />
      <source>(no department)</source>
      <translation>(aucun service)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/person_dialog.py" />
      <source>Edit {name}</source>
      <translation>Modifier {name}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/person_dialog.py" />
      <source>N&amp;otes</source>
      <translation>N&amp;otes</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/person_dialog.py" />
      <source>New customer</source>
      <translation>Nouveau client</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/person_dialog.py" />
      <source>New staff member</source>
      <translation>Nouveau membre du personnel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/person_dialog.py" />
      <source>Same name</source>
      <translation>Même nom</translation>
    </message>
  </context>
  <context>
    <name>PersonView</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/widgets/person_view.py" />
      <source>%n open problems</source>
      <translation>
        <numerusform>%n problème en cours</numerusform>
        <numerusform>%n problèmes en cours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/widgets/person_view.py" />
      <source>%n open promises</source>
      <translation>
        <numerusform>%n promesse en cours</numerusform>
        <numerusform>%n promesses en cours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/widgets/person_view.py" />
      <source>&lt;b&gt;History&lt;/b&gt;: %n items, newest first</source>
      <translation>
        <numerusform>&lt;b&gt;Historique&lt;/b&gt; : %n élément, du plus récent au plus ancien</numerusform>
        <numerusform>&lt;b&gt;Historique&lt;/b&gt; : %n éléments, du plus récent au plus ancien</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/person_view.py" />
      <source>Choose someone in the list to see their history.</source>
      <translation>Choisissez quelqu'un dans la liste pour voir son historique.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/person_view.py" />
      <source>Done</source>
      <translation>Fait</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/person_view.py" />
      <source>Due today</source>
      <translation>À faire aujourd'hui</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/person_view.py" />
      <source>Due {date}</source>
      <translation>Échéance le {date}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/person_view.py" />
      <source>Follow-up</source>
      <translation>Relance</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/person_view.py" />
      <source>Kept late</source>
      <translation>Tenue en retard</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/person_view.py" />
      <source>Kept on time</source>
      <translation>Tenue à temps</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/person_view.py" />
      <source>Last contact {date}</source>
      <translation>Dernier contact le {date}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/person_view.py" />
      <source>New &amp;entry</source>
      <translation>Nouvelle &amp;entrée</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/person_view.py" />
      <source>New &amp;follow-up…</source>
      <translation>Nouvelle &amp;relance…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/person_view.py" />
      <source>New pro&amp;mise…</source>
      <translation>Nouvelle pro&amp;messe…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/person_view.py" />
      <source>No contact details</source>
      <translation>Pas de coordonnées</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/person_view.py" />
      <source>No contact yet</source>
      <translation>Aucun contact pour l’instant</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/person_view.py" />
      <source>Overdue since {date}</source>
      <translation>En retard depuis le {date}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/person_view.py" />
      <source>Print &amp;history</source>
      <translation>Imprimer l'&amp;historique</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/person_view.py" />
      <source>Promise</source>
      <translation>Promesse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/person_view.py" />
      <source>Timeline</source>
      <translation>Historique</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/person_view.py" />
      <source>To do</source>
      <translation>À faire</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/person_view.py" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/person_view.py" />
      <source>archived</source>
      <translation>archivé</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/person_view.py" />
      <source>average satisfaction {score} / 5</source>
      <translation>satisfaction moyenne {score} / 5</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/person_view.py" />
      <source>no department</source>
      <translation>aucun service</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/person_view.py" />
      <source>{kind} (confidential)</source>
      <translation>{kind} (confidentiel)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/person_view.py" />
      <source>{status}, satisfaction {score}/5</source>
      <translation>{status}, satisfaction {score}/5</translation>
    </message>
  </context>
  <context>
    <name>PinDialog</name>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_kiosk.py" />
      <source>&amp;New PIN</source>
      <translation>&amp;Nouveau code</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_kiosk.py" />
      <source>4 to 12 digits. Whoever knows it can leave the kiosk.</source>
      <translation>4 à 12 chiffres. Qui le connaît peut quitter la borne.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_kiosk.py" />
      <source>Kiosk PIN</source>
      <translation>Code de la borne</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_kiosk.py" />
      <source>New PIN</source>
      <translation>Nouveau code</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_kiosk.py" />
      <source>PIN &amp;again</source>
      <translation>Code &amp;encore</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_kiosk.py" />
      <source>PIN again</source>
      <translation>Code encore</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_kiosk.py" />
      <source>The two PINs differ; type them again.</source>
      <translation>Les deux codes diffèrent ; tapez-les à nouveau.</translation>
    </message>
  </context>
  <context>
    <name>PrivacySection</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/pages/settings_privacy.py" />
      <source> month(s)</source>
      <translation>
        <numerusform> mois</numerusform>
        <numerusform> mois</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/pages/settings_privacy.py" />
      <source>%n person(s) kept past these periods by your decision.</source>
      <translation>
        <numerusform>%n personne gardée au-delà de ces durées par votre décision.</numerusform>
        <numerusform>%n personnes gardées au-delà de ces durées par votre décision.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_privacy.py" />
      <source>&amp;Show…</source>
      <translation>&amp;Afficher…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_privacy.py" />
      <source>Customers are counted from the last time they contacted you themselves (a reminder or an answer from you does not count), staff from their last entry. The longest allowed are the references: 3 years for customers, 5 for staff; you may choose shorter. Once a month, Today lists who is past these periods. Nothing is deleted until you confirm; you may also keep someone until a later day or for a reason.</source>
      <translation>Les clients sont comptés depuis la dernière fois qu’ils vous ont contacté eux-mêmes (un rappel ou une réponse de votre part ne compte pas), le personnel depuis sa dernière entrée. Les durées les plus longues permises sont les références : 3 ans pour les clients, 5 pour le personnel ; vous pouvez choisir plus court. Une fois par mois, Aujourd’hui liste qui a dépassé ces durées. Rien n’est supprimé sans votre confirmation ; vous pouvez aussi garder quelqu’un jusqu’à un jour plus tard ou pour une raison.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_privacy.py" />
      <source>Keep customers for</source>
      <translation>Garder les clients</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_privacy.py" />
      <source>Keep staff for</source>
      <translation>Garder le personnel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_privacy.py" />
      <source>Make the record of processing (PDF)…</source>
      <translation>Faire le registre des traitements (PDF)…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_privacy.py" />
      <source>Making the record of processing…</source>
      <translation>Registre des traitements en cours…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_privacy.py" />
      <source>PDF files (*.pdf)</source>
      <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_privacy.py" />
      <source>Privacy</source>
      <translation>Vie privée</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_privacy.py" />
      <source>Record of processing</source>
      <translation>Registre des traitements</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_privacy.py" />
      <source>Record of processing status</source>
      <translation>État du registre des traitements</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_privacy.py" />
      <source>Save the record of processing</source>
      <translation>Enregistrer le registre des traitements</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_privacy.py" />
      <source>Saved to {path}.</source>
      <translation>Enregistré dans {path}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_privacy.py" />
      <source>Show the people kept past the period</source>
      <translation>Afficher les personnes gardées au-delà de la durée</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_privacy.py" />
      <source>The record could not be made: {reason}</source>
      <translation>Le registre n’a pas pu être fait : {reason}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_privacy.py" />
      <source>record-of-processing.pdf</source>
      <translation>registre-des-traitements.pdf</translation>
    </message>
  </context>
  <context>
    <name>PromiseDialog</name>
    <message>
      <location filename="../../cxjournal/ui/dialogs/promise_dialog.py" />
      <source>&amp;Due</source>
      <translation>&amp;Échéance</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/promise_dialog.py" />
      <source>&amp;What</source>
      <translation>&amp;Quoi</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/promise_dialog.py" />
      <source>Cannot save the promise</source>
      <translation>Impossible d'enregistrer la promesse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/promise_dialog.py" />
      <source>Due date</source>
      <translation>Date d'échéance</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/promise_dialog.py" />
      <source>Edit promise</source>
      <translation>Modifier la promesse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/promise_dialog.py" />
      <source>New promise</source>
      <translation>Nouvelle promesse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/person_item_dialogs.py" />
      <source>Promise to {name}</source>
      <translation>Promesse à {name}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/promise_dialog.py" />
      <source>Promised &amp;to</source>
      <translation>Promise &amp;à</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/promise_dialog.py" />
      <source>Promised to</source>
      <translation>Promis à</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/promise_dialog.py" />
      <source>Say to whom the promise was made.</source>
      <translation>Indiquez à qui la promesse a été faite.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/promise_dialog.py" />
      <source>Start typing a name</source>
      <translation>Commencez à taper un nom</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/person_item_dialogs.py" />
      <location filename="../../cxjournal/ui/dialogs/promise_dialog.py" />
      <source>What it will &amp;cost (optional)</source>
      <translation>Ce que cela &amp;coûtera (facultatif)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/promise_dialog.py" />
      <source>What was promised</source>
      <translation>Ce qui a été promis</translation>
    </message>
  </context>
  <context>
    <name>QuickCaptureDialog</name>
    <message>
      <location filename="../../cxjournal/ui/dialogs/quick_capture.py" />
      <source>&amp;About:</source>
      <translation>Su&amp;jet :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/quick_capture.py" />
      <source>&amp;Channel:</source>
      <translation>&amp;Canal :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/quick_capture.py" />
      <source>&amp;Details:</source>
      <translation>&amp;Détails :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/quick_capture.py" />
      <source>&amp;Follow up on:</source>
      <translation>&amp;Relancer le :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/quick_capture.py" />
      <source>&amp;Kind:</source>
      <translation>&amp;Type :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/quick_capture.py" />
      <source>&amp;Satisfaction:</source>
      <translation>&amp;Satisfaction :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/quick_capture.py" />
      <source>&amp;Tags:</source>
      <translation>Étiq&amp;uettes :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/quick_capture.py" />
      <source>&amp;Who:</source>
      <translation>&amp;Qui :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/quick_capture.py" />
      <source>Anonymous visitor</source>
      <translation>Visiteur anonyme</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/quick_capture.py" />
      <source>Channel</source>
      <translation>Canal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/quick_capture.py" />
      <source>Comma-separated, e.g. bread, delivery</source>
      <translation>Séparées par des virgules, ex. pain, livraison</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/quick_capture.py" />
      <source>Customer or staff</source>
      <translation>Client ou personnel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/quick_capture.py" />
      <source>Details</source>
      <translation>Détails</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/quick_capture.py" />
      <source>Discard this entry?</source>
      <translation>Abandonner cette entrée ?</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/quick_capture.py" />
      <source>Follow-up date</source>
      <translation>Date de relance</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/quick_capture.py" />
      <source>I &amp;promised:</source>
      <translation>J'ai &amp;promis :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/quick_capture.py" />
      <source>I promised</source>
      <translation>J'ai promis</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/quick_capture.py" />
      <source>In a few words, e.g. Burnt bread</source>
      <translation>En quelques mots, ex. Pain brûlé</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/quick_capture.py" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/quick_capture.py" />
      <source>Name — leave empty for an anonymous visitor</source>
      <translation>Nom — laisser vide pour un visiteur anonyme</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/quick_capture.py" />
      <source>New entry</source>
      <translation>Nouvelle entrée</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/quick_capture.py" />
      <source>New in the journal: {name} will be added as {side}.</source>
      <translation>Nouveau dans le journal : {name} sera ajouté(e) côté {side}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/quick_capture.py" />
      <source>Not given</source>
      <translation>Non indiquée</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/quick_capture.py" />
      <source>Problem</source>
      <translation>Problème</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/quick_capture.py" />
      <source>Promised for</source>
      <translation>Promis pour le</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/quick_capture.py" />
      <source>Satisfaction</source>
      <translation>Satisfaction</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/quick_capture.py" />
      <source>Tags</source>
      <translation>Étiquettes</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/quick_capture.py" />
      <source>What it is about</source>
      <translation>Sujet</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/quick_capture.py" />
      <source>What was said (optional)</source>
      <translation>Ce qui a été dit (facultatif)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/quick_capture.py" />
      <source>What you promised, if anything</source>
      <translation>Ce que vous avez promis, le cas échéant</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/quick_capture.py" />
      <source>What you typed has not been saved. Discard it?</source>
      <translation>Ce que vous avez saisi n'a pas été enregistré. L'abandonner ?</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/quick_capture.py" />
      <source>Who</source>
      <translation>Qui</translation>
    </message>
  </context>
  <context>
    <name>RatingsModel</name>
    <message>
      <location filename="../../cxjournal/ui/models/ratings_model.py" />
      <source>Happy</source>
      <translation>Content</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/models/ratings_model.py" />
      <source>Kiosk</source>
      <translation>Borne</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/models/ratings_model.py" />
      <source>Reason</source>
      <translation>Raison</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/models/ratings_model.py" />
      <source>Score</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/models/ratings_model.py" />
      <source>Side</source>
      <translation>Côté</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/models/ratings_model.py" />
      <source>Text</source>
      <translation>Texte</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/models/ratings_model.py" />
      <source>Unhappy</source>
      <translation>Mécontent</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/models/ratings_model.py" />
      <source>Very happy</source>
      <translation>Très content</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/models/ratings_model.py" />
      <source>Very unhappy</source>
      <translation>Très mécontent</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/models/ratings_model.py" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
  </context>
  <context>
    <name>RatingsView</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/widgets/ratings_view.py" />
      <source>%n rating(s)</source>
      <translation>
        <numerusform>%n note</numerusform>
        <numerusform>%n notes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/ratings_view.py" />
      <source>&amp;Make an entry…</source>
      <translation>&amp;Faire une entrée…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/ratings_view.py" />
      <source>Any score</source>
      <translation>Toute note</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/ratings_view.py" />
      <source>Any time</source>
      <translation>Toute période</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/ratings_view.py" />
      <source>Happy (3 or 4)</source>
      <translation>Contents (3 ou 4)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/ratings_view.py" />
      <source>Last 12 months</source>
      <translation>12 derniers mois</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/ratings_view.py" />
      <source>Last 30 days</source>
      <translation>30 derniers jours</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/ratings_view.py" />
      <source>Last 7 days</source>
      <translation>7 derniers jours</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/ratings_view.py" />
      <source>Period</source>
      <translation>Période</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/ratings_view.py" />
      <source>Ratings</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/ratings_view.py" />
      <source>Record this rating's words as a journal entry, to answer it</source>
      <translation>Noter les mots de cette note comme une entrée du journal, pour y répondre</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/ratings_view.py" />
      <source>Score</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/ratings_view.py" />
      <source>This month</source>
      <translation>Ce mois-ci</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/ratings_view.py" />
      <source>Today</source>
      <translation>Aujourd’hui</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/ratings_view.py" />
      <source>Unhappy (1 or 2)</source>
      <translation>Mécontents (1 ou 2)</translation>
    </message>
  </context>
  <context>
    <name>ReminderBanner</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/shell/reminder_banner.py" />
      <source>+%n more</source>
      <translation>
        <numerusform>+%n autre</numerusform>
        <numerusform>+%n autres</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/reminder_banner.py" />
      <source>Dismiss</source>
      <translation>Ignorer</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/followups.py" />
      <location filename="../../cxjournal/ui/shell/reminder_banner.py" />
      <source>Done</source>
      <translation>Fait</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/followups.py" />
      <location filename="../../cxjournal/ui/pages/today.py" />
      <location filename="../../cxjournal/ui/shell/reminder_banner.py" />
      <source>For an hour</source>
      <translation>Pour une heure</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/reminder_banner.py" />
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/reminder_banner.py" />
      <source>Reminder</source>
      <translation>Rappel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/followups.py" />
      <location filename="../../cxjournal/ui/shell/reminder_banner.py" />
      <source>Snooze</source>
      <translation>Reporter</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/followups.py" />
      <location filename="../../cxjournal/ui/pages/today.py" />
      <location filename="../../cxjournal/ui/shell/reminder_banner.py" />
      <source>Until next week</source>
      <translation>À la semaine prochaine</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/followups.py" />
      <location filename="../../cxjournal/ui/pages/today.py" />
      <location filename="../../cxjournal/ui/shell/reminder_banner.py" />
      <source>Until tomorrow morning</source>
      <translation>À demain matin</translation>
    </message>
  </context>
  <context>
    <name>ReminderNotifier</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/shell/notifier.py" />
      <source>%n reminders</source>
      <translation>
        <numerusform>%n rappel</numerusform>
        <numerusform>%n rappels</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/shell/notifier.py" />
      <source>and %n more</source>
      <translation>
        <numerusform>et %n autre</numerusform>
        <numerusform>et %n autres</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReplyTemplatePicker</name>
    <message>
      <location filename="../../cxjournal/ui/widgets/reply_template_picker.py" />
      <source>Fill the response with one of your reply templates</source>
      <translation>Remplir la réponse avec l'un de vos modèles de réponse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/reply_template_picker.py" />
      <source>Recording it sets the status: {status}</source>
      <translation>L'enregistrer donne le statut : {status}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/reply_template_picker.py" />
      <source>Reply template</source>
      <translation>Modèle de réponse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/reply_template_picker.py" />
      <source>Reply template…</source>
      <translation>Modèle de réponse…</translation>
    </message>
  </context>
  <context>
    <name>ResolveDialog</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/resolve_dialog.py" />
      <source>Ask how it went in %n day(s)</source>
      <translation>
        <numerusform>Demander comment cela s'est passé dans %n jour</numerusform>
        <numerusform>Demander comment cela s'est passé dans %n jours</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/resolve_dialog.py" />
      <source>Discard this resolution?</source>
      <translation>Abandonner cette résolution ?</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/resolve_dialog.py" />
      <source>How was it resolved? (optional)</source>
      <translation>Comment cela a-t-il été résolu ? (facultatif)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/resolve_dialog.py" />
      <source>Resolution</source>
      <translation>Résolution</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/resolve_dialog.py" />
      <source>Resolve</source>
      <translation>Résoudre</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/resolve_dialog.py" />
      <source>Resolve (Ctrl+Enter)</source>
      <translation>Résoudre (Ctrl+Entrée)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/resolve_dialog.py" />
      <source>What it &amp;cost (optional)</source>
      <translation>Ce que cela a &amp;coûté (facultatif)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/resolve_dialog.py" />
      <source>What you typed has not been saved. Discard it?</source>
      <translation>Ce que vous avez saisi n'a pas été enregistré. L'abandonner ?</translation>
    </message>
  </context>
  <context>
    <name>ResponseDialog</name>
    <message>
      <location filename="../../cxjournal/ui/widgets/response_list.py" />
      <source>Edit response</source>
      <translation>Modifier la réponse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/response_list.py" />
      <source>Response</source>
      <translation>Réponse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/response_list.py" />
      <source>Response:</source>
      <translation>Réponse :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/response_list.py" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/response_list.py" />
      <source>When:</source>
      <translation>Quand :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/response_list.py" />
      <source>YYYY-MM-DD HH:MM</source>
      <translation>AAAA-MM-JJ HH:MM</translation>
    </message>
  </context>
  <context>
    <name>ResponseList</name>
    <message>
      <location filename="../../cxjournal/ui/widgets/response_list.py" />
      <source>&amp;Edit response…</source>
      <translation>&amp;Modifier la réponse…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/response_list.py" />
      <source>Delete response</source>
      <translation>Supprimer la réponse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/response_list.py" />
      <source>Delete response…</source>
      <translation>Supprimer la réponse…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/response_list.py" />
      <source>Delete this response: “{text}”?</source>
      <translation>Supprimer cette réponse : « {text} » ?</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/response_list.py" />
      <source>No response yet.</source>
      <translation>Pas encore de réponse.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/response_list.py" />
      <source>Redo deleting a response</source>
      <translation>Rétablir la suppression de la réponse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/response_list.py" />
      <source>Redo response change</source>
      <translation>Rétablir la modification de la réponse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/response_list.py" />
      <source>Responses</source>
      <translation>Réponses</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/response_list.py" />
      <source>Undo deleting a response</source>
      <translation>Annuler la suppression de la réponse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/response_list.py" />
      <source>Undo response change</source>
      <translation>Annuler la modification de la réponse</translation>
    </message>
  </context>
  <context>
    <name>RetentionDialog</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/retention_dialog.py" />
      <source>%n person(s) past your retention rules. Choose people, then erase them for good or keep them. Nothing is deleted until you confirm.</source>
      <translation>
        <numerusform>%n personne a dépassé vos durées de conservation. Choisissez, puis effacez définitivement ou gardez. Rien n’est supprimé sans votre confirmation.</numerusform>
        <numerusform>%n personnes ont dépassé vos durées de conservation. Choisissez, puis effacez définitivement ou gardez. Rien n’est supprimé sans votre confirmation.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/retention_dialog.py" />
      <source>&amp;Erase…</source>
      <translation>&amp;Effacer…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/retention_dialog.py" />
      <source>&amp;Keep…</source>
      <translation>&amp;Garder…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/retention_dialog.py" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/retention_dialog.py" />
      <source>Due for deletion</source>
      <translation>À supprimer</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/retention_dialog.py" />
      <source>Erase %n person(s) and everything recorded about them, for good? This cannot be undone.</source>
      <translation>
        <numerusform>Effacer %n personne et tout ce qui est noté à son sujet, définitivement ? C’est irréversible.</numerusform>
        <numerusform>Effacer %n personnes et tout ce qui est noté à leur sujet, définitivement ? C’est irréversible.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/retention_dialog.py" />
      <source>Erase for good?</source>
      <translation>Effacer définitivement ?</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/retention_dialog.py" />
      <source>Last own contact</source>
      <translation>Dernier contact de sa part</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/retention_dialog.py" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/retention_dialog.py" />
      <source>People due for deletion</source>
      <translation>Personnes à supprimer</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/retention_dialog.py" />
      <source>Side</source>
      <translation>Côté</translation>
    </message>
  </context>
  <context>
    <name>RetentionNotice</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/widgets/retention_notice.py" />
      <source>%n person(s) due for deletion under your retention rules.</source>
      <translation>
        <numerusform>%n personne à supprimer selon vos durées de conservation.</numerusform>
        <numerusform>%n personnes à supprimer selon vos durées de conservation.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/retention_notice.py" />
      <source>&amp;Review…</source>
      <translation>&amp;Examiner…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/retention_notice.py" />
      <source>Hide this notice until next month</source>
      <translation>Masquer cet avis jusqu’au mois prochain</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/retention_notice.py" />
      <source>Not this month</source>
      <translation>Pas ce mois-ci</translation>
    </message>
  </context>
  <context>
    <name>SharedJournalDialog</name>
    <message>
      <location filename="../../cxjournal/ui/dialogs/shared_journal.py" />
      <source>&amp;Account:</source>
      <translation>&amp;Compte :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/shared_journal.py" />
      <source>&amp;Computer:</source>
      <translation>&amp;Ordinateur :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/shared_journal.py" />
      <source>&amp;Connection:</source>
      <translation>C&amp;onnexion :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/shared_journal.py" />
      <source>&amp;Database:</source>
      <translation>&amp;Base de données :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/shared_journal.py" />
      <source>&amp;Password:</source>
      <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/shared_journal.py" />
      <source>A journal kept on a PostgreSQL server, shared by the shop's computers. Ask whoever set up the server for these details.</source>
      <translation>Un journal gardé sur un serveur PostgreSQL, partagé par les ordinateurs de la boutique. Demandez ces informations à la personne qui a installé le serveur.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/shared_journal.py" />
      <source>Connect</source>
      <translation>Se connecter</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/shared_journal.py" />
      <source>Encrypted (required)</source>
      <translation>Chiffrée (obligatoire)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/shared_journal.py" />
      <source>Encrypted, and the server's certificate checked</source>
      <translation>Chiffrée, et certificat du serveur vérifié</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/shared_journal.py" />
      <source>Not encrypted: only for a server on this computer</source>
      <translation>Non chiffrée : seulement pour un serveur sur cet ordinateur</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/shared_journal.py" />
      <source>Open a shared journal</source>
      <translation>Ouvrir un journal partagé</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/shared_journal.py" />
      <source>P&amp;ort:</source>
      <translation>P&amp;ort :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/shared_journal.py" />
      <source>The server asks for the password of {account}.</source>
      <translation>Le serveur demande le mot de passe de {account}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/shared_journal.py" />
      <source>Type the account to sign in with.</source>
      <translation>Saisissez le compte avec lequel vous connecter.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/shared_journal.py" />
      <source>Type the name of the journal's database.</source>
      <translation>Saisissez le nom de la base de données du journal.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/shared_journal.py" />
      <source>Type the name or address of the computer that holds the journal.</source>
      <translation>Saisissez le nom ou l’adresse de l’ordinateur qui garde le journal.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/shared_journal.py" />
      <source>e.g. backoffice.local or 192.168.1.20</source>
      <translation>p. ex. bureau.local ou 192.168.1.20</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/shared_journal.py" />
      <source>e.g. journal</source>
      <translation>p. ex. journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/shared_journal.py" />
      <source>leave empty to use PGPASSWORD or ~/.pgpass</source>
      <translation>laissez vide pour utiliser PGPASSWORD ou ~/.pgpass</translation>
    </message>
  </context>
  <context>
    <name>SignInDialog</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/sign_in.py" />
      <source>%n minutes</source>
      <translation>
        <numerusform>%n minute</numerusform>
        <numerusform>%n minutes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/sign_in.py" />
      <source>%n seconds</source>
      <translation>
        <numerusform>%n seconde</numerusform>
        <numerusform>%n secondes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/sign_in.py" />
      <source>&amp;Account:</source>
      <translation>&amp;Compte :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/sign_in.py" />
      <source>&amp;Password:</source>
      <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/sign_in.py" />
      <source>Account</source>
      <translation>Compte</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/sign_in.py" />
      <source>Password</source>
      <translation>Mot de passe</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/sign_in.py" />
      <source>Sign in</source>
      <translation>Se connecter</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/sign_in.py" />
      <source>The journal {address} asks for a password.</source>
      <translation>Le journal {address} demande un mot de passe.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/sign_in.py" />
      <source>The server refused this account or password. Try again.</source>
      <translation>Le serveur a refusé ce compte ou ce mot de passe. Réessayez.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/sign_in.py" />
      <source>Wrong password, %n times. Wait {wait} before trying again; an owner of the journal will see these attempts.</source>
      <translation>
        <numerusform>Mauvais mot de passe, %n fois. Attendez {wait} avant de réessayer ; un propriétaire du journal verra ces tentatives.</numerusform>
        <numerusform>Mauvais mot de passe, %n fois. Attendez {wait} avant de réessayer ; un propriétaire du journal verra ces tentatives.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>StartChoice</name>
    <message>
      <location filename="../../cxjournal/ui/dialogs/welcome_start.py" />
      <source>&amp;Try a demo journal first: a made-up shop's year, in a separate file (your journal stays empty)</source>
      <translation>&amp;Essayer d'abord un journal de démonstration : un an d'un commerce imaginaire, dans un fichier à part (votre journal reste vide)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/welcome_start.py" />
      <source>By &amp;importing your contacts (a CSV or vCard file)</source>
      <translation>En &amp;important vos contacts (un fichier CSV ou vCard)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/welcome_start.py" />
      <source>How would you like to start?</source>
      <translation>Comment voulez-vous commencer ?</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/welcome_start.py" />
      <source>The demo journal could not be made: {reason}</source>
      <translation>Le journal de démonstration n'a pas pu être créé : {reason}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/welcome_start.py" />
      <source>With an &amp;empty journal: note what people tell you from today</source>
      <translation>Avec un journal &amp;vide : notez dès aujourd'hui ce qu'on vous dit</translation>
    </message>
  </context>
  <context>
    <name>TagsDialog</name>
    <message>
      <location filename="../../cxjournal/ui/dialogs/tags_dialog.py" />
      <source>&amp;Merge</source>
      <translation>&amp;Fusionner</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/tags_dialog.py" />
      <source>&amp;New name</source>
      <translation>&amp;Nouveau nom</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/tags_dialog.py" />
      <source>&amp;Rename</source>
      <translation>&amp;Renommer</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/tags_dialog.py" />
      <source>Choose a tag to rename it or merge it into another. Ctrl+Z in the window undoes either.</source>
      <translation>Choisissez une étiquette pour la renommer ou la fusionner avec une autre. Ctrl+Z dans la fenêtre annule l’un comme l’autre.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/tags_dialog.py" />
      <source>Entries</source>
      <translation>Entrées</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/tags_dialog.py" />
      <source>Merge &amp;into</source>
      <translation>Fusionner &amp;avec</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/tags_dialog.py" />
      <source>Merge into</source>
      <translation>Fusionner avec</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/tags_dialog.py" />
      <source>New name</source>
      <translation>Nouveau nom</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/tags_dialog.py" />
      <source>Redo merge of tag “{old}”</source>
      <translation>Rétablir la fusion de l’étiquette « {old} »</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/tags_dialog.py" />
      <source>Redo rename of tag “{old}”</source>
      <translation>Rétablir le changement de nom de l’étiquette « {old} »</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/tags_dialog.py" />
      <source>Tag</source>
      <translation>Étiquette</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/tags_dialog.py" />
      <source>Tags</source>
      <translation>Étiquettes</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/tags_dialog.py" />
      <source>Undo merge of tag “{old}”</source>
      <translation>Annuler la fusion de l’étiquette « {old} »</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/tags_dialog.py" />
      <source>Undo rename of tag “{old}”</source>
      <translation>Annuler le changement de nom de l’étiquette « {old} »</translation>
    </message>
  </context>
  <context>
    <name>TemplateDialog</name>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_templates.py" />
      <source>&amp;Language</source>
      <translation>&amp;Langue</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_templates.py" />
      <source>&amp;Name</source>
      <translation>&amp;Nom</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_templates.py" />
      <source>&amp;Status when saved</source>
      <translation>&amp;Statut à l'enregistrement</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_templates.py" />
      <source>&amp;Text</source>
      <translation>&amp;Texte</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_templates.py" />
      <source>Any</source>
      <translation>Toutes</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_templates.py" />
      <source>Edit reply template</source>
      <translation>Modifier le modèle de réponse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_templates.py" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_templates.py" />
      <source>Leave it as it is</source>
      <translation>Le laisser tel quel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_templates.py" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_templates.py" />
      <source>New reply template</source>
      <translation>Nouveau modèle de réponse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_templates.py" />
      <source>Status when saved</source>
      <translation>Statut à l'enregistrement</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_templates.py" />
      <source>Text</source>
      <translation>Texte</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_templates.py" />
      <source>{name}, {business}, {date} and {promise} are replaced by the person's name, the business's name, today's date and the entry's promise; other braces stay as typed.</source>
      <translation>{name}, {business}, {date} et {promise} (en français aussi nom, commerce, promesse, entre accolades) sont remplacés par le nom de la personne, celui du commerce, la date du jour et la promesse de l'entrée ; les autres accolades restent telles que saisies.</translation>
    </message>
  </context>
  <context>
    <name>TemplatesSection</name>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_templates.py" />
      <source>&amp;Add…</source>
      <translation>&amp;Ajouter…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_templates.py" />
      <source>&amp;Delete…</source>
      <translation>&amp;Supprimer…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_templates.py" />
      <source>&amp;Edit…</source>
      <translation>&amp;Modifier…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_templates.py" />
      <source>Chosen beside the response box of an entry: choosing one fills the response, and a template with a status gives it to the entry when the response is recorded.</source>
      <translation>À choisir à côté de la zone de réponse d'une entrée : le choisir remplit la réponse, et un modèle qui a un statut le donne à l'entrée quand la réponse est enregistrée.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_templates.py" />
      <source>Delete reply template</source>
      <translation>Supprimer le modèle de réponse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_templates.py" />
      <source>Delete the reply template “{name}”?</source>
      <translation>Supprimer le modèle de réponse « {name} » ?</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_templates.py" />
      <source>Move &amp;up</source>
      <translation>&amp;Monter</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_templates.py" />
      <source>Move d&amp;own</source>
      <translation>Desce&amp;ndre</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_templates.py" />
      <source>Reply templates</source>
      <translation>Modèles de réponse</translation>
    </message>
  </context>
  <context>
    <name>TimeLeftSection</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/widgets/time_left.py" />
      <source>&lt;b&gt;Answer in time&lt;/b&gt; (opening hours): %n late</source>
      <translation>
        <numerusform>&lt;b&gt;Répondre à temps&lt;/b&gt; (heures d’ouverture) : %n en retard</numerusform>
        <numerusform>&lt;b&gt;Répondre à temps&lt;/b&gt; (heures d’ouverture) : %n en retard</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/time_left.py" />
      <source>&lt;b&gt;Answer in time&lt;/b&gt; (opening hours): none late</source>
      <translation>&lt;b&gt;Répondre à temps&lt;/b&gt; (heures d’ouverture) : aucun retard</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/time_left.py" />
      <source>Side</source>
      <translation>Côté</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/time_left.py" />
      <source>Time left</source>
      <translation>Temps restant</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/time_left.py" />
      <source>Time left to answer</source>
      <translation>Temps restant pour répondre</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/time_left.py" />
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/time_left.py" />
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/time_left.py" />
      <source>{text} (paused: waiting)</source>
      <translation>{text} (en pause : en attente)</translation>
    </message>
  </context>
  <context>
    <name>TodayHappyMap</name>
    <message>
      <location filename="../../cxjournal/ui/pages/today_happy_map.py" />
      <source>Blank: fewer than {least} ratings at that hour.</source>
      <translation>Vide : moins de {least} avis à cette heure-là.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/today_happy_map.py" />
      <source>When customers are least happy, last 8 weeks</source>
      <translation>Quand les clients sont le moins contents, 8 dernières semaines</translation>
    </message>
  </context>
  <context>
    <name>TrashDialog</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/trash_dialog.py" />
      <source>%n items of their history</source>
      <translation>
        <numerusform>%n élément de son historique</numerusform>
        <numerusform>%n éléments de son historique</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/trash_dialog.py" />
      <source>&amp;Delete for good…</source>
      <translation>&amp;Supprimer définitivement…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/trash_dialog.py" />
      <source>&amp;Empty trash…</source>
      <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/trash_dialog.py" />
      <source>&amp;Restore</source>
      <translation>&amp;Restaurer</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/trash_dialog.py" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/trash_dialog.py" />
      <source>Delete for good</source>
      <translation>Supprimer définitivement</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/trash_dialog.py" />
      <source>Delete the %n items in the trash for good? This cannot be undone.</source>
      <translation>
        <numerusform>Supprimer définitivement %n élément de la corbeille ? Cette action est irréversible.</numerusform>
        <numerusform>Supprimer définitivement les %n éléments de la corbeille ? Cette action est irréversible.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/trash_dialog.py" />
      <source>Delete “{name}” for good? This cannot be undone.</source>
      <translation>Supprimer définitivement « {name} » ? Cette action est irréversible.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/trash_dialog.py" />
      <source>Deleted</source>
      <translation>Supprimé le</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/trash_dialog.py" />
      <source>Deleted items stay here until you delete them for good.</source>
      <translation>Les éléments supprimés restent ici jusqu'à ce que vous les supprimiez définitivement.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/trash_dialog.py" />
      <source>Empty trash</source>
      <translation>Vider la corbeille</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/trash_dialog.py" />
      <source>Entry</source>
      <translation>Entrée</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/trash_dialog.py" />
      <source>Follow-up</source>
      <translation>Relance</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/trash_dialog.py" />
      <source>Goes with it</source>
      <translation>Supprimé avec</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/trash_dialog.py" />
      <source>Items in the trash</source>
      <translation>Éléments de la corbeille</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/trash_dialog.py" />
      <source>Name or title</source>
      <translation>Nom ou titre</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/trash_dialog.py" />
      <source>Person</source>
      <translation>Personne</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/trash_dialog.py" />
      <source>Promise</source>
      <translation>Promesse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/trash_dialog.py" />
      <source>The trash is empty.</source>
      <translation>La corbeille est vide.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/trash_dialog.py" />
      <source>Their %n entries, promises and follow-ups will be deleted too.</source>
      <translation>
        <numerusform>Son élément d’historique (entrée, promesse ou suivi) sera aussi supprimé.</numerusform>
        <numerusform>Ses %n entrées, promesses et suivis seront aussi supprimés.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/trash_dialog.py" />
      <source>Trash</source>
      <translation>Corbeille</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/trash_dialog.py" />
      <source>What</source>
      <translation>Type</translation>
    </message>
  </context>
  <context>
    <name>TypedDateField</name>
    <message>
      <location filename="../../cxjournal/ui/widgets/date_field.py" />
      <source>Type a day as you would say it: tomorrow, saturday, 5/12, in 3 days, +3.
Up: tomorrow, then a day later. Page Up: next week, then a week later.</source>
      <translation>Tapez un jour comme vous le diriez : demain, samedi, 5/12, dans 3 jours, +3.
Flèche haut : demain, puis un jour de plus. Page haut : la semaine prochaine, puis une semaine de plus.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/date_field.py" />
      <source>e.g. saturday, 5/12, +3 (↑ tomorrow, PgUp next week)</source>
      <translation>ex. samedi, 5/12, +3 (↑ demain, Page haut semaine prochaine)</translation>
    </message>
  </context>
  <context>
    <name>UndoBar</name>
    <message>
      <location filename="../../cxjournal/ui/widgets/undo_bar.py" />
      <source>Last action</source>
      <translation>Dernière action</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/undo_bar.py" />
      <source>Restored from the trash.</source>
      <translation>Restauré depuis la corbeille.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/undo_bar.py" />
      <source>Undo</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/undo_bar.py" />
      <source>Undo the last deletion (Ctrl+Z)</source>
      <translation>Annuler la dernière suppression (Ctrl+Z)</translation>
    </message>
  </context>
  <context>
    <name>WaitControl</name>
    <message>
      <location filename="../../cxjournal/ui/widgets/wait_control.py" />
      <source>&amp;Waiting on…</source>
      <translation>&amp;En attente de…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/wait_control.py" />
      <source>On whom does this entry wait?</source>
      <translation>Qui cette entrée attend-elle ?</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/wait_control.py" />
      <source>Res&amp;ume</source>
      <translation>Rep&amp;rendre</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/wait_control.py" />
      <source>The entry waits on the customer, a supplier, someone: its targets pause</source>
      <translation>L’entrée attend le client, un fournisseur, quelqu’un : ses délais sont en pause</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/wait_control.py" />
      <source>Waiting on</source>
      <translation>En attente de</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/wait_control.py" />
      <source>Waiting on {who}</source>
      <translation>En attente : {who}</translation>
    </message>
  </context>
  <context>
    <name>WelcomeDialog</name>
    <message>
      <location filename="../../cxjournal/ui/dialogs/welcome.py" />
      <source>&amp;Business name:</source>
      <translation>Nom de l'&amp;entreprise :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/welcome.py" />
      <source>&amp;Language:</source>
      <translation>&amp;Langue :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/welcome.py" />
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>Business name</source>
      <translation>Nom de l'entreprise</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/welcome.py" />
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source>Follow the system</source>
      <translation>Suivre le système</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/welcome.py" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/welcome.py" />
      <source>One journal for what your customers and your staff tell you, the promises you make them and the follow-ups you plan. Two questions to start:</source>
      <translation>Un seul journal pour ce que vous disent vos clients et votre équipe, les promesses que vous leur faites et les relances que vous prévoyez. Deux questions pour commencer :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/welcome.py" />
      <source>Open a &amp;shared journal…</source>
      <translation>Ouvrir un journal &amp;partagé…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/welcome.py" />
      <source>Start</source>
      <translation>Commencer</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/welcome.py" />
      <source>The shop's journal is on a server that several computers use.</source>
      <translation>Le journal de la boutique est sur un serveur utilisé par plusieurs ordinateurs.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/welcome.py" />
      <source>Welcome to CX Journal</source>
      <translation>Bienvenue dans CX Journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/welcome.py" />
      <source>You can change both later in Settings.</source>
      <translation>Vous pourrez modifier les deux plus tard dans les Réglages.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/welcome.py" />
      <source>e.g. Boulangerie Martin</source>
      <translation>ex. Boulangerie Martin</translation>
    </message>
  </context>
  <context>
    <name>_PersonItemDialog</name>
    <message>
      <location filename="../../cxjournal/ui/dialogs/person_item_dialogs.py" />
      <source>&amp;What</source>
      <translation>&amp;Quoi</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/person_item_dialogs.py" />
      <source>&amp;When</source>
      <translation>&amp;Quand</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/person_item_dialogs.py" />
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/person_item_dialogs.py" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
  </context>
  <context>
    <name>accounts</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/pages/settings_accounts.py" />
      <source> minutes without use</source>
      <translation>
        <numerusform> minute sans utilisation</numerusform>
        <numerusform> minutes sans utilisation</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_accounts.py" />
      <source>Counter: customers only</source>
      <translation>Comptoir : clients seulement</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_accounts.py" />
      <source>Kiosk: ratings and pulse answers, reads nothing</source>
      <translation>Borne : notes et réponses au baromètre, ne lit rien</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_accounts.py" />
      <source>Lock this computer after</source>
      <translation>Verrouiller cet ordinateur après</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_accounts.py" />
      <source>Manager: every entry, staff included; reports</source>
      <translation>Responsable : toutes les entrées, personnel compris ; rapports</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_accounts.py" />
      <source>Off</source>
      <translation>Désactivé</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_accounts.py" />
      <source>Owner: everything, accounts and settings</source>
      <translation>Propriétaire : tout, comptes et réglages</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/settings_accounts.py" />
      <source>The window covers the journal and asks for the password of the account signed in (on a journal file, it only hides it). What is being typed is kept.</source>
      <translation>La fenêtre masque le journal et demande le mot de passe du compte connecté (sur un fichier de journal, elle le masque seulement). Ce qui est en cours de saisie est conservé.</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/shell/app.py" />
      <source>%n erased people were in it and were removed again (register of erasures).</source>
      <translation>
        <numerusform>%n personne effacée s’y trouvait et en a de nouveau été retirée (registre des effacements).</numerusform>
        <numerusform>%n personnes effacées s’y trouvaient et en ont de nouveau été retirées (registre des effacements).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/app.py" />
      <source>The backup was restored. The previous file was kept as {path}.</source>
      <translation>La sauvegarde a été restaurée. L'ancien fichier a été conservé sous {path}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/app.py" />
      <source>{backup} is a backup of another journal, not of this one. Restoring it replaces this journal with the other one. Restore it anyway?</source>
      <translation>{backup} est une sauvegarde d’un autre journal, pas de celui-ci. La restaurer remplace ce journal par l’autre. La restaurer quand même ?</translation>
    </message>
  </context>
  <context>
    <name>attach</name>
    <message>
      <location filename="../../cxjournal/io/attachment_files.py" />
      <source>{path} cannot be read ({reason}). Nothing was attached.</source>
      <translation>{path} ne peut pas être lu ({reason}). Aucun fichier n’a été joint.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/attachment_files.py" />
      <source>{path} does not exist. Nothing was attached.</source>
      <translation>{path} n’existe pas. Aucun fichier n’a été joint.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/attachment_files.py" />
      <source>{path} is a folder, not a file.</source>
      <translation>{path} est un dossier, pas un fichier.</translation>
    </message>
  </context>
  <context>
    <name>backup</name>
    <message>
      <location filename="../../cxjournal/store/backup.py" />
      <source>A backup cannot replace the journal itself.</source>
      <translation>Une sauvegarde ne peut pas remplacer le journal lui-même.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/backup.py" />
      <source>Damaged: {detail}</source>
      <translation>Endommagé : {detail}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/backup.py" />
      <source>No journal is open.</source>
      <translation>Aucun journal n'est ouvert.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/backup.py" />
      <source>Row {rowid} of {table} points to a missing {parent}.</source>
      <translation>La ligne {rowid} de {table} renvoie à un élément {parent} manquant.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/backup.py" />
      <source>The backup could not be written to {path}: {reason}</source>
      <translation>La sauvegarde n'a pas pu être écrite dans {path} : {reason}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/backup.py" />
      <source>The backup failed its check: {problems}</source>
      <translation>La sauvegarde n'a pas passé la vérification : {problems}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/backup.py" />
      <source>The journal is on a server ({address}): backups, restores and checks here are for journal files. The server keeps its own backups; to save the journal to a file, use: cxjournal copy-to FILE</source>
      <translation>Le journal est sur un serveur ({address}) : les sauvegardes, restaurations et vérifications faites ici concernent les fichiers de journal. Le serveur garde ses propres sauvegardes ; pour enregistrer le journal dans un fichier, utilisez : cxjournal copy-to FICHIER</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/backup.py" />
      <source>{path} cannot be read: {reason}</source>
      <translation>{path} ne peut pas être lu : {reason}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/backup.py" />
      <source>{path} cannot be restored: {problems}</source>
      <translation>{path} ne peut pas être restauré : {problems}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/backup.py" />
      <source>{path} does not exist.</source>
      <translation>{path} n'existe pas.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/backup.py" />
      <source>{path} is not a CX Journal file.</source>
      <translation>{path} n'est pas un fichier CX Journal.</translation>
    </message>
  </context>
  <context>
    <name>capture</name>
    <message>
      <location filename="../../cxjournal/services/capture.py" />
      <source>A promise is made to someone: say who, not an anonymous visitor.</source>
      <translation>Une promesse se fait à quelqu'un : indiquez qui, pas un visiteur anonyme.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/capture.py" />
      <source>Follow up: {title}</source>
      <translation>Relancer : {title}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/capture.py" />
      <source>Say whether {name} is a customer or staff.</source>
      <translation>Indiquez si {name} est un client ou un membre du personnel.</translation>
    </message>
  </context>
  <context>
    <name>check</name>
    <message numerus="yes">
      <location filename="../../cxjournal/store/server_check.py" />
      <source>%n entries are missing from the search index.</source>
      <translation>
        <numerusform>%n entrée manque dans l’index de recherche.</numerusform>
        <numerusform>%n entrées manquent dans l’index de recherche.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/server_check.py" />
      <source>Changes to {table} are not recorded in the change log.</source>
      <translation>Les modifications de {table} ne sont pas enregistrées dans le journal des modifications.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/server_check.py" />
      <source>The column {table}.{column} is missing.</source>
      <translation>La colonne {table}.{column} manque.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/server_check.py" />
      <source>The journal's time zone “{zone}” is not known here.</source>
      <translation>Le fuseau horaire du journal « {zone} » n’est pas connu sur cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/server_check.py" />
      <source>The rule of one open check-in per department is missing.</source>
      <translation>La règle d’un seul point ouvert par service manque.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/server_check.py" />
      <source>The search configuration is missing: search cannot work.</source>
      <translation>La configuration de recherche manque : la recherche ne peut pas fonctionner.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/server_check.py" />
      <source>The table {table} is missing.</source>
      <translation>La table {table} manque.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/store/server_check.py" />
      <source>This computer's clock is %n minutes off from the server's. The journal follows the server's clock; set this computer's clock right for its other programs.</source>
      <translation>
        <numerusform>L’horloge de cet ordinateur a %n minute d’écart avec celle du serveur. Le journal suit l’horloge du serveur ; remettez l’horloge de cet ordinateur à l’heure pour ses autres programmes.</numerusform>
        <numerusform>L’horloge de cet ordinateur a %n minutes d’écart avec celle du serveur. Le journal suit l’horloge du serveur ; remettez l’horloge de cet ordinateur à l’heure pour ses autres programmes.</numerusform>
      </translation>
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
      <location filename="../../cxjournal/cli/cmd_templates.py" />
      <source> (none: leave it)</source>
      <translation> (none : le laisser)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <location filename="../../cxjournal/cli/cmd_demo.py" />
      <source>%n entries</source>
      <translation>
        <numerusform>%n entrée</numerusform>
        <numerusform>%n entrées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>%n erased people were in it and were removed again (register of erasures).</source>
      <translation>
        <numerusform>%n personne effacée s’y trouvait et en a de nouveau été retirée (registre des effacements).</numerusform>
        <numerusform>%n personnes effacées s’y trouvaient et en ont de nouveau été retirées (registre des effacements).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_reminders.py" />
      <source>%n events written to {path}.</source>
      <translation>
        <numerusform>%n événement écrit dans {path}.</numerusform>
        <numerusform>%n événements écrits dans {path}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_accounts.py" />
      <source>%n failed sign-ins in a row on {computer}</source>
      <translation>
        <numerusform>%n connexion échouée sur {computer}</numerusform>
        <numerusform>%n connexions échouées d’affilée sur {computer}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_demo.py" />
      <source>%n follow-ups</source>
      <translation>
        <numerusform>%n relance</numerusform>
        <numerusform>%n relances</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_insights.py" />
      <source>%n pairs tested (at least {months} months with data on both sides); a link is not a cause: both sides may follow something else.</source>
      <translation>
        <numerusform>%n paire testée (au moins {months} mois avec des données des deux côtés) ; un lien n’est pas une cause : les deux côtés peuvent suivre autre chose.</numerusform>
        <numerusform>%n paires testées (au moins {months} mois avec des données des deux côtés) ; un lien n’est pas une cause : les deux côtés peuvent suivre autre chose.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <location filename="../../cxjournal/cli/cmd_demo.py" />
      <source>%n people</source>
      <translation>
        <numerusform>%n personne</numerusform>
        <numerusform>%n personnes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_retention.py" />
      <source>%n people past the period are kept by your decision, not listed for deletion (names: --json, or Settings ▸ Privacy).</source>
      <translation>
        <numerusform>%n personne au-delà de la durée est gardée par votre décision, hors de la liste à supprimer (noms : --json, ou Réglages ▸ Confidentialité).</numerusform>
        <numerusform>%n personnes au-delà de la durée sont gardées par votre décision, hors de la liste à supprimer (noms : --json, ou Réglages ▸ Confidentialité).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_demo.py" />
      <source>%n promises</source>
      <translation>
        <numerusform>%n promesse</numerusform>
        <numerusform>%n promesses</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>%n staff members moved to {other}.</source>
      <translation>
        <numerusform>%n membre du personnel est passé dans {other}.</numerusform>
        <numerusform>%n membres du personnel sont passés dans {other}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>(anonymous)</source>
      <translation>(anonyme)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/output.py" />
      <source>--expect takes FIELD=VALUE, not “{pair}”.</source>
      <translation>--expect attend CHAMP=VALEUR, pas « {pair} ».</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>--map wants COLUMN=FIELD, such as "Remarque=details"; not “{pair}”.</source>
      <translation>--map attend COLONNE=CHAMP, par exemple "Remarque=details" ; pas « {pair} ».</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_insights.py" />
      <source>--months must be between 1 and {most}.</source>
      <translation>--months doit être compris entre 1 et {most}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_templates.py" />
      <source>1 is first</source>
      <translation>1 est le premier</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_rate.py" />
      <source>1, 2, 3 or 4</source>
      <translation>1, 2, 3 ou 4</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>1-5, or "" for none</source>
      <translation>1-5, ou "" pour aucune</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/output.py" />
      <source>AMOUNT</source>
      <translation>MONTANT</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_accounts.py" />
      <source>Account {name} added ({role}).</source>
      <translation>Compte {name} ajouté ({role}).</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_accounts.py" />
      <source>Account {name} removed; its open sessions were ended.</source>
      <translation>Compte {name} supprimé ; ses sessions ouvertes ont été fermées.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>Added department {name} (#{id}).</source>
      <translation>Service {name} ajouté (n° {id}).</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>Added {added}, merged {merged}, skipped {skipped}, left out with errors {invalid}.</source>
      <translation>Ajoutées : {added}, fusionnées : {merged}, ignorées : {skipped}, écartées pour erreur : {invalid}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>Added {entries} and {people}; duplicates skipped: {skipped}; left out with errors: {invalid}.</source>
      <translation>Ajout de {entries} et {people} ; doublons ignorés : {skipped} ; lignes écartées pour erreur : {invalid}.</translation>
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
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_attachments.py" />
      <source>Attached %n files to entry #{id}.</source>
      <translation>
        <numerusform>%n fichier joint à l’entrée #{id}.</numerusform>
        <numerusform>%n fichiers joints à l’entrée #{id}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>Backup written and checked: {path}</source>
      <translation>Sauvegarde écrite et vérifiée : {path}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/__init__.py" />
      <source>CX Journal: customer feedback, staff concerns, promises and follow-ups in one journal. Without a command, the window opens.</source>
      <translation>CX Journal : retours des clients, préoccupations de l'équipe, promesses et relances dans un seul journal. Sans commande, la fenêtre s'ouvre.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_accounts.py" />
      <source>Cannot read the password file {path}.</source>
      <translation>Impossible de lire le fichier de mot de passe {path}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_insights.py" />
      <source>Check-ins %</source>
      <translation>Points %</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_insights.py" />
      <source>Complaints</source>
      <translation>Réclamations</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>Copied %n rows into {target}. Every table arrived whole: the row counts and checksums match the journal's.</source>
      <translation>
        <numerusform>%n ligne copiée dans {target}. Chaque table est arrivée entière : le nombre de lignes et les sommes de contrôle sont ceux du journal.</numerusform>
        <numerusform>%n lignes copiées dans {target}. Chaque table est arrivée entière : le nombre de lignes et les sommes de contrôle sont ceux du journal.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_insights.py" />
      <source>Customer promises %</source>
      <translation>Promesses clients %</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_trash.py" />
      <source>Delete the %n items in the trash for good?</source>
      <translation>
        <numerusform>Supprimer définitivement l’élément de la corbeille ?</numerusform>
        <numerusform>Supprimer définitivement les %n éléments de la corbeille ?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_templates.py" />
      <source>Delete the reply template “{name}”?</source>
      <translation>Supprimer le modèle de réponse « {name} » ?</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_trash.py" />
      <source>Deleted %n items for good.</source>
      <translation>
        <numerusform>%n élément supprimé définitivement.</numerusform>
        <numerusform>%n éléments supprimés définitivement.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>Deleted department {name}.</source>
      <translation>Service {name} supprimé.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_demo.py" />
      <source>Demo journal ready: {people}, {entries}, {promises}, {followups} ({seconds:.1f} s).</source>
      <translation>Journal de démonstration prêt : {people}, {entries}, {promises}, {followups} ({seconds:.1f} s).</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>Department #{id} is now called {name}.</source>
      <translation>Le service n° {id} s'appelle maintenant {name}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_followups.py" />
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_waiting.py" />
      <source>Entry #{id} no longer waits; its targets count again.</source>
      <translation>Entrée n° {id} : plus en attente ; ses délais courent à nouveau.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>Entry #{id} reopened.</source>
      <translation>Entrée n° {id} rouverte.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_waiting.py" />
      <source>Entry #{id} waits on {who}.</source>
      <translation>Entrée n° {id} en attente : {who}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_aftercare.py" />
      <source>Entry #{id}: satisfaction after resolution {score}/5.</source>
      <translation>Entrée n° {id} : satisfaction après résolution {score}/5.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>Entry #{id}: {status}.</source>
      <translation>Entrée n° {id} : {status}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>Erase {name} and their whole history for good?</source>
      <translation>Effacer définitivement {name} et tout son historique ?</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_retention.py" />
      <source>Erased %n people past the period.</source>
      <translation>
        <numerusform>Effacé %n personne au-delà de la durée de conservation.</numerusform>
        <numerusform>Effacé %n personnes au-delà de la durée de conservation.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>Erased {name} and %n entries.</source>
      <translation>
        <numerusform>{name} et %n entrée effacés.</numerusform>
        <numerusform>{name} et %n entrées effacés.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_followups.py" />
      <source>Follow-up #{id} done.</source>
      <translation>Relance n° {id} faite.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_followups.py" />
      <source>Follow-up #{id} moved to the trash.</source>
      <translation>Suivi n° {id} mis à la corbeille.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_followups.py" />
      <source>Follow-up #{id} saved, due {due}.</source>
      <translation>Suivi n° {id} enregistré, prévu le {due}.</translation>
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
      <location filename="../../cxjournal/cli/cmd_responses.py" />
      <source>Give --text or --at: what to change.</source>
      <translation>Indiquez --text ou --at : ce qu’il faut changer.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>Give the response's text, or --template NAME.</source>
      <translation>Donnez le texte de la réponse, ou --template NOM.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>Loaded %n rows from {path}.</source>
      <translation>
        <numerusform>%n ligne chargée depuis {path}.</numerusform>
        <numerusform>%n lignes chargées depuis {path}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_email.py" />
      <source>Log saved e-mails (.eml): the sender is matched by address, the subject becomes the title, the text the details. A message from one of the shop's addresses is recorded as the response to the entry it answers. All files or none.</source>
      <translation>Noter au journal des e-mails enregistrés (.eml) : l’expéditeur est reconnu par son adresse, l’objet devient le titre, le texte les détails. Un message envoyé depuis l’une des adresses du commerce est enregistré comme la réponse à l’entrée à laquelle il répond. Tous les fichiers ou aucun.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>Logged entry #{id}.</source>
      <translation>Entrée n° {id} enregistrée.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_insights.py" />
      <source>Month</source>
      <translation>Mois</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_search.py" />
      <source>Month {month}</source>
      <translation>Mois {month}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>New people: {names}</source>
      <translation>Nouvelles personnes : {names}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_followups.py" />
      <source>Next one: #{id} on {due}.</source>
      <translation>Prochaine : n° {id} le {due}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_accounts.py" />
      <source>No password was given. Nothing was changed.</source>
      <translation>Aucun mot de passe n’a été donné. Rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_retention.py" />
      <source>Nobody is past the period the journal keeps people.</source>
      <translation>Personne n’a dépassé la durée de conservation du journal.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_templates.py" />
      <location filename="../../cxjournal/cli/cmd_trash.py" />
      <source>Nothing was deleted.</source>
      <translation>Rien n'a été supprimé.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>Nothing was erased.</source>
      <translation>Rien n'a été effacé.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_retention.py" />
      <source>Nothing was erased: add --yes to confirm the erasure of everyone listed.</source>
      <translation>Rien n’a été effacé : ajoutez --yes pour confirmer l’effacement de toutes les personnes listées.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>Nothing was imported: %n rows have errors. Correct them, or use --skip-invalid to import the others.</source>
      <translation>
        <numerusform>Rien n’a été importé : %n ligne a des erreurs. Corrigez-la, ou utilisez --skip-invalid pour importer les autres.</numerusform>
        <numerusform>Rien n’a été importé : %n lignes ont des erreurs. Corrigez-les, ou utilisez --skip-invalid pour importer les autres.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>Nothing was restored.</source>
      <translation>Rien n'a été restauré.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_accounts.py" />
      <source>Password for {name}: </source>
      <translation>Mot de passe pour {name} : </translation>
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
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <source>Promise #{id} saved: {person}, due {due} (first promised for {first}).</source>
      <translation>Promesse n° {id} enregistrée : {person}, pour le {due} (promise d'abord pour le {first}).</translation>
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
      <location filename="../../cxjournal/cli/cmd_attachments.py" />
      <source>Removed “{name}” from entry #{id}.</source>
      <translation>« {name} » retiré de l’entrée #{id}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>Replace {current} with {backup}? The current file is kept beside it.</source>
      <translation>Remplacer {current} par {backup} ? Le fichier actuel est conservé à côté.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_templates.py" />
      <source>Reply template “{name}” added.</source>
      <translation>Modèle de réponse « {name} » ajouté.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_templates.py" />
      <source>Reply template “{name}” deleted.</source>
      <translation>Modèle de réponse « {name} » supprimé.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_templates.py" />
      <source>Reply template “{name}” moved.</source>
      <translation>Modèle de réponse « {name} » déplacé.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_templates.py" />
      <source>Reply template “{name}” saved.</source>
      <translation>Modèle de réponse « {name} » enregistré.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_responses.py" />
      <source>Response #{id} deleted from entry #{entry}.</source>
      <translation>Réponse n° {id} supprimée de l’entrée n° {entry}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_responses.py" />
      <source>Response #{id} saved.</source>
      <translation>Réponse n° {id} enregistrée.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>Response recorded on entry #{id}.</source>
      <translation>Réponse enregistrée sur l'entrée n° {id}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_trash.py" />
      <source>Restored {kind} #{id}.</source>
      <translation>Remis en place : {kind} n° {id}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>Restored. The previous file was kept as {path}.</source>
      <translation>Restauré. L'ancien fichier a été conservé sous {path}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_insights.py" />
      <source>Satisfaction</source>
      <translation>Satisfaction</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>Saved entry #{id}.</source>
      <translation>Entrée n° {id} enregistrée.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>Saved {name} (#{id}).</source>
      <translation>{name} enregistré(e) (n° {id}).</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_attachments.py" />
      <source>Saved “{name}” to {path}.</source>
      <translation>« {name} » enregistré dans {path}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_insights.py" />
      <source>Staff 1st answer h</source>
      <translation>1re réponse personnel h</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_insights.py" />
      <source>Staff promises %</source>
      <translation>Promesses personnel %</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_insights.py" />
      <source>Staff resolved h</source>
      <translation>Résolution personnel h</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_tags.py" />
      <source>Tag “{old}” is now “{new}”.</source>
      <translation>L'étiquette « {old} » s'appelle maintenant « {new} ».</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_tags.py" />
      <source>Tag “{old}” merged into “{new}”.</source>
      <translation>L'étiquette « {old} » a été fusionnée dans « {new} ».</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>The folder {path} does not exist.</source>
      <translation>Le dossier {path} n’existe pas.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>The journal is healthy: no problem was found.</source>
      <translation>Le journal est en bon état : aucun problème trouvé.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_accounts.py" />
      <source>The same password again: </source>
      <translation>Le même mot de passe, encore une fois : </translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_trash.py" />
      <source>The trash is empty.</source>
      <translation>La corbeille est vide.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_accounts.py" />
      <source>The two passwords differ. Nothing was changed.</source>
      <translation>Les deux mots de passe diffèrent. Rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>To</source>
      <translation>Au</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_insights.py" />
      <source>Values with their counts in brackets; — when a month rests on fewer than {least} events. Staff pulse and customer happy index: not recorded yet.</source>
      <translation>Valeurs avec leur effectif entre parenthèses ; — quand un mois repose sur moins de {least} événements. Pouls du personnel et indice de contentement des clients : pas encore enregistrés.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_reports.py" />
      <source>Week of</source>
      <translation>Semaine du</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>Would add {added}, merge {merged}, skip {skipped}, leave out with errors {invalid} (dry run: nothing written).</source>
      <translation>Ajouterait {added}, fusionnerait {merged}, ignorerait {skipped}, écarterait {invalid} pour erreur (essai : rien n'est enregistré).</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>Would add {entries} and {people}; duplicates to skip: {skipped}; to leave out with errors: {invalid} (dry run: nothing written).</source>
      <translation>Ajouterait {entries} et {people} ; doublons à ignorer : {skipped} ; lignes à écarter pour erreur : {invalid} (essai : rien n'est écrit).</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>Wrote %n files in {path}.</source>
      <translation>
        <numerusform>%n fichier écrit dans {path}.</numerusform>
        <numerusform>%n fichiers écrits dans {path}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>Wrote {path}.</source>
      <translation>{path} écrit.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_reports.py" />
      <source>Wrote {path}: %n pages.</source>
      <translation>
        <numerusform>{path} écrit : %n page.</numerusform>
        <numerusform>{path} écrit : %n pages.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/output.py" />
      <source>[y/N]</source>
      <translation>[o/N]</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>a checked copy of the journal</source>
      <translation>une copie vérifiée du journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_rate.py" />
      <source>a comment</source>
      <translation>un commentaire</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_accounts.py" />
      <source>a forgotten account</source>
      <translation>un compte oublié</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <source>a new date; the first one is kept</source>
      <translation>une nouvelle date ; la première est conservée</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_templates.py" />
      <source>a new name</source>
      <translation>un nouveau nom</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_templates.py" />
      <source>a new reply template, last in the order</source>
      <translation>un nouveau modèle de réponse, en dernier</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>a whole-journal export, into an empty journal</source>
      <translation>un export complet, dans un journal vide</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_accounts.py" />
      <source>accounts added, removed, roles changed, failed sign-ins (owners only)</source>
      <translation>comptes ajoutés, supprimés, rôles changés, connexions échouées (propriétaires seulement)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_accounts.py" />
      <source>accounts of a shared journal (owners only)</source>
      <translation>comptes d’un journal partagé (propriétaires seulement)</translation>
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
      <location filename="../../cxjournal/cli/cmd_accounts.py" />
      <source>add an account with its role</source>
      <translation>ajouter un compte avec son rôle</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>add, list, show, edit or archive people</source>
      <translation>ajouter, lister, afficher, modifier ou archiver des personnes</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_accounts.py" />
      <source>added as {role}</source>
      <translation>ajouté comme {role}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <source>agree a new due date</source>
      <translation>convenir d'une nouvelle échéance</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_reports.py" />
      <source>also list each entry's attached files (names and sizes)</source>
      <translation>lister aussi les fichiers joints à chaque entrée (noms et tailles)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_reports.py" />
      <source>also print confidential entries (left out by default)</source>
      <translation>imprimer aussi les entrées confidentielles (laissées de côté par défaut)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>also write confidential entries</source>
      <translation>écrire aussi les entrées confidentielles</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_reminders.py" />
      <source>also write the text of confidential entries</source>
      <translation>écrire aussi le texte des entrées confidentielles</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>answer with this reply template, filled for the entry (and its status)</source>
      <translation>répondre avec ce modèle, rempli pour l'entrée (et son statut)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_reports.py" />
      <source>any day of the week</source>
      <translation>n'importe quel jour de la semaine</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/output.py" />
      <source>assign to an account of the shared journal, or to nobody (none)</source>
      <translation>confier à un compte du journal partagé, ou à personne (none)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_attachments.py" />
      <source>attach files (photos, receipts) to an entry</source>
      <translation>joindre des fichiers (photos, reçus) à une entrée</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>bring people, journal history or a whole journal in</source>
      <translation>importer des personnes, l'historique du journal ou un journal entier</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>bring them back</source>
      <translation>les rétablir</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_followups.py" />
      <source>change a follow-up's title, day or notes</source>
      <translation>modifier le titre, le jour ou les notes d'un suivi</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>change a person's details</source>
      <translation>modifier les coordonnées d'une personne</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_templates.py" />
      <source>change a reply template</source>
      <translation>modifier un modèle de réponse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_settings.py" />
      <source>change a setting, e.g. settings set paper_size Letter</source>
      <translation>modifier un réglage, p. ex. settings set paper_size Letter</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/output.py" />
      <source>change only if FIELD still holds VALUE (as you last read it), else change nothing and exit 75: read again, then retry; repeatable; fields: {fields}</source>
      <translation>ne modifier que si FIELD vaut encore VALUE (comme lors de votre dernière lecture), sinon ne rien changer et sortir avec le code 75 : relisez, puis réessayez ; répétable ; champs : {fields}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>change what was recorded</source>
      <translation>modifier ce qui a été noté</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <location filename="../../cxjournal/cli/cmd_email.py" />
      <source>check only</source>
      <translation>vérifier seulement</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>check the journal's health</source>
      <translation>vérifier la santé du journal</translation>
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
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>comma-separated tags, replacing the entry's own</source>
      <translation>étiquettes séparées par des virgules, à la place de celles de l'entrée</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>company, for a business customer</source>
      <translation>société, pour un client professionnel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_retention.py" />
      <source>confirm the erasure</source>
      <translation>confirmer l’effacement</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>copy the journal into an empty journal: a file, or a server (postgresql://user@host/dbname; the password from PGPASSWORD or ~/.pgpass), checked table by table</source>
      <translation>copier le journal dans un journal vide : un fichier, ou un serveur (postgresql://utilisateur@hôte/base ; le mot de passe vient de PGPASSWORD ou de ~/.pgpass), vérifié table par table</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_responses.py" />
      <source>correct a response's text or time</source>
      <translation>corriger le texte ou l’heure d’une réponse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_responses.py" />
      <source>correct or delete a response recorded on an entry</source>
      <translation>corriger ou supprimer une réponse enregistrée sur une entrée</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <source>correct what was promised, to whom, or by when</source>
      <translation>corriger ce qui a été promis, à qui ou pour quand</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_retention.py" />
      <source>counted from {date}</source>
      <translation>compté depuis le {date}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_rate.py" />
      <source>customer (default) or staff (an anonymous pulse answer, day only)</source>
      <translation>customer (par défaut) ou staff (une réponse anonyme au baromètre du personnel, au jour près)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/__init__.py" />
      <source>cxjournal: interrupted</source>
      <translation>cxjournal : interrompu</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/app.py" />
      <source>cxjournal: the window needs these system packages: {packages}; install them (sudo apt install {packages}) and start again.</source>
      <translation>cxjournal : la fenêtre a besoin de ces paquets système : {packages} ; installez-les (sudo apt install {packages}) puis relancez.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>default: the backups folder</source>
      <translation>par défaut : le dossier des sauvegardes</translation>
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
      <source>delete a department (refused while staff belong to it)</source>
      <translation>supprimer un service (refusé tant que du personnel en fait partie)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_templates.py" />
      <source>delete a reply template</source>
      <translation>supprimer un modèle de réponse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_responses.py" />
      <source>delete a response</source>
      <translation>supprimer une réponse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_trash.py" />
      <source>delete everything in the trash for good</source>
      <translation>supprimer définitivement tout le contenu de la corbeille</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>department (staff only)</source>
      <translation>service (personnel uniquement)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <location filename="../../cxjournal/cli/cmd_templates.py" />
      <location filename="../../cxjournal/cli/cmd_trash.py" />
      <source>do not ask</source>
      <translation>ne pas demander</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_rate.py" />
      <source>drop an anonymous suggestion in the staff's box (filed into the journal, with its day only, once the day is over)</source>
      <translation>déposer une suggestion anonyme dans la boîte du personnel (classée dans le journal, avec son jour seulement, une fois la journée finie)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_retention.py" />
      <source>due since {date}</source>
      <translation>à effacer depuis le {date}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_search.py" />
      <source>entries {n}, problems opened {opened}, resolved {resolved}, first response {first} h (median), resolution {res} h, satisfaction {sat}</source>
      <translation>entrées : {n}, problèmes ouverts : {opened}, résolus : {resolved}, première réponse : {first} h (médiane), résolution : {res} h, satisfaction : {sat}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <source>entry it answers</source>
      <translation>entrée à laquelle elle répond</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_aftercare.py" />
      <location filename="../../cxjournal/cli/cmd_attachments.py" />
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>entry number</source>
      <translation>numéro de l'entrée</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>erase a person and their history</source>
      <translation>effacer une personne et son historique</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_retention.py" />
      <source>erase everyone listed, for good</source>
      <translation>effacer définitivement toutes les personnes listées</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_accounts.py" />
      <source>every account and its role</source>
      <translation>chaque compte et son rôle</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_templates.py" />
      <source>every reply template, in order</source>
      <translation>tous les modèles de réponse, dans l'ordre</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_settings.py" />
      <source>every setting and its value</source>
      <translation>chaque réglage et sa valeur</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_tags.py" />
      <source>every tag and how many entries carry it</source>
      <translation>chaque étiquette et le nombre d'entrées qui la portent</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_reports.py" />
      <source>everything about one person</source>
      <translation>tout ce qui concerne une personne</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>everything about one person (JSON), for their data-access request: their confidential entries are included; others' names in them may need to be removed before you send it</source>
      <translation>tout ce qui concerne une personne (JSON), pour sa demande d'accès à ses données : ses entrées confidentielles sont incluses ; les noms d'autres personnes qui y figurent devront peut-être être retirés avant l'envoi</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_rate.py" />
      <source>file the suggestions of past days into the journal now</source>
      <translation>classer dès maintenant dans le journal les suggestions des jours passés</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_demo.py" />
      <source>fill an empty journal with demo data</source>
      <translation>remplir un journal vide avec des données de démonstration</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_aftercare.py" />
      <source>for a customer complaint, ask how it went after so many days (7d), or off (default: the setting ask_after_days)</source>
      <translation>pour une réclamation de client, demander comment cela s'est passé après tant de jours (7d), ou off (par défaut : le réglage ask_after_days)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_accounts.py" />
      <source>forget a removed account: its events go, its name is blanked where it recorded others' (owners only)</source>
      <translation>oublier un compte supprimé : ses événements sont effacés, son nom est retiré là où il a enregistré ceux des autres (propriétaires seulement)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_search.py" />
      <source>full-text search of the journal</source>
      <translation>recherche en texte intégral dans le journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>give a department another name</source>
      <translation>donner un autre nom à un service</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_reminders.py" />
      <source>give a number of days from 0 to 3660</source>
      <translation>indiquez un nombre de jours entre 0 et 3660</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_accounts.py" />
      <source>give an account another role</source>
      <translation>donner un autre rôle à un compte</translation>
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
      <location filename="../../cxjournal/cli/cmd_insights.py" />
      <source>how many months (24)</source>
      <translation>combien de mois (24)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>how often to be in touch with them (days or weeks), or off</source>
      <translation>à quelle fréquence garder le contact (en jours ou en semaines), ou off</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>how often to check in with its staff</source>
      <translation>fréquence des points avec son personnel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_insights.py" />
      <source>how the staff and customer sides moved together, month by month</source>
      <translation>comment le côté personnel et le côté clients ont évolué ensemble, mois par mois</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>import the valid rows anyway</source>
      <translation>importer quand même les lignes valides</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_templates.py" />
      <source>its text; {name} {business} {date} {promise}</source>
      <translation>son texte ; {name} {business} {date} {promise}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/__init__.py" />
      <source>journal file to use (default: $CXJOURNAL_DB, else the user data folder)</source>
      <translation>fichier journal à utiliser (par défaut : $CXJOURNAL_DB, sinon le dossier de données de l'utilisateur)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>journal history from a spreadsheet (CSV, French Excel, Unicode text)</source>
      <translation>l'historique du journal depuis un tableur (CSV, Excel français, texte Unicode)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_followups.py" />
      <source>keep it quiet until later</source>
      <translation>la mettre de côté jusqu'à plus tard</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_email.py" />
      <source>kind of the new entries (default: request)</source>
      <translation>type des nouvelles entrées (par défaut : request)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_insights.py" />
      <source>last month shown (default: the last full month)</source>
      <translation>dernier mois affiché (par défaut : le dernier mois complet)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>line {line}: skipped: {reason}</source>
      <translation>ligne {line} : ignorée : {reason}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>line {line}: {reason}</source>
      <translation>ligne {line} : {reason}</translation>
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
      <source>list people</source>
      <translation>lister les personnes</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <source>list promises, soonest due first</source>
      <translation>lister les promesses, les plus proches d'abord</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_attachments.py" />
      <source>list the files attached to an entry</source>
      <translation>lister les fichiers joints à une entrée</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_templates.py" />
      <source>list, add, edit, move or delete reply templates</source>
      <translation>lister, ajouter, modifier, déplacer ou supprimer les modèles de réponse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>list, add, rename or delete departments</source>
      <translation>lister, ajouter, renommer ou supprimer des services</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_tags.py" />
      <source>list, rename or merge tags</source>
      <translation>lister, renommer ou fusionner des étiquettes</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_trash.py" />
      <source>list, restore or empty the trash</source>
      <translation>lister, restaurer ou vider la corbeille</translation>
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
      <source>move a follow-up to the trash</source>
      <translation>mettre un suivi à la corbeille</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
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
      <location filename="../../cxjournal/cli/cmd_accounts.py" />
      <source>now {role}</source>
      <translation>désormais {role}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_history.py" />
      <source>number</source>
      <translation>numéro</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_waiting.py" />
      <source>on whom: "the customer", "the supplier"...</source>
      <translation>de qui : « le client », « le fournisseur »…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>one CSV file per table, in a folder; confidential entries are left out unless --include-confidential</source>
      <translation>un fichier CSV par table, dans un dossier ; les entrées confidentielles sont laissées de côté sauf avec --include-confidential</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_watch.py" />
      <source>one JSON object per line</source>
      <translation>un objet JSON par ligne</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_waiting.py" />
      <source>only the entries that missed a response or resolution target</source>
      <translation>seulement les entrées qui ont dépassé un délai de réponse ou de résolution</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_reminders.py" />
      <source>open follow-ups and promise due dates as a calendar file</source>
      <translation>les relances ouvertes et les échéances des promesses, en fichier d'agenda</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_insights.py" />
      <source>output JSON</source>
      <translation>sortie en JSON</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>part of a name, email or phone</source>
      <translation>une partie d'un nom, d'un e-mail ou d'un téléphone</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>people from a CSV or vCard file</source>
      <translation>des personnes depuis un fichier CSV ou vCard</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_watch.py" />
      <source>print each change saved to the journal from now on, by any program or computer</source>
      <translation>affiche chaque changement enregistré dans le journal à partir de maintenant, par n’importe quel programme ou ordinateur</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_settings.py" />
      <source>print one setting's value</source>
      <translation>afficher la valeur d'un réglage</translation>
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
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>put a backup in place of the journal</source>
      <translation>remettre une sauvegarde à la place du journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_templates.py" />
      <source>put a reply template at a place in the order</source>
      <translation>placer un modèle de réponse à un rang</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_trash.py" />
      <source>put an item back</source>
      <translation>remettre un élément en place</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_tags.py" />
      <source>put tag B on every entry tagged A, then drop A</source>
      <translation>mettre l'étiquette B sur chaque entrée étiquetée A, puis retirer A</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_accounts.py" />
      <source>read the password from FILE (else it is asked)</source>
      <translation>lire le mot de passe dans FICHIER (sinon il est demandé)</translation>
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
      <location filename="../../cxjournal/cli/cmd_aftercare.py" />
      <source>record how the customer felt some days after the resolution</source>
      <translation>noter ce que le client a ressenti quelques jours après la résolution</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_rate.py" />
      <source>record one rating: 1 very unhappy … 4 very happy</source>
      <translation>enregistrer une note : 1 très mécontent … 4 très content</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_accounts.py" />
      <source>recorded by {login}</source>
      <translation>enregistré par {login}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_followups.py" />
      <source>reminders to follow up</source>
      <translation>rappels pour relancer</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_accounts.py" />
      <source>remove an account and end its sessions</source>
      <translation>supprimer un compte et fermer ses sessions</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_attachments.py" />
      <source>remove an attached file from an entry</source>
      <translation>retirer un fichier joint d’une entrée</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_accounts.py" />
      <source>removed</source>
      <translation>supprimé</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_tags.py" />
      <source>rename a tag everywhere (merged if the new name exists)</source>
      <translation>renommer une étiquette partout (fusionnée si le nouveau nom existe)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>reopen a resolved entry or one closed without action</source>
      <translation>rouvrir une entrée résolue ou classée sans suite</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_responses.py" />
      <source>response number (see entry show)</source>
      <translation>numéro de la réponse (voir entry show)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>restore it even if it is a backup of another journal</source>
      <translation>la restaurer même si c’est une sauvegarde d’un autre journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>right to erasure</source>
      <translation>droit à l'effacement</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>role or job title</source>
      <translation>rôle ou fonction</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_attachments.py" />
      <source>save one attached file to disk</source>
      <translation>enregistrer un fichier joint sur le disque</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_email.py" />
      <source>saved e-mails (.eml files), each one an entry</source>
      <translation>des e-mails enregistrés (fichiers .eml), chacun une entrée</translation>
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
      <location filename="../../cxjournal/cli/cmd_settings.py" />
      <source>show or change the journal's settings</source>
      <translation>afficher ou modifier les réglages du journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>show, edit, answer, resolve or reopen an entry</source>
      <translation>afficher, modifier, répondre à, résoudre ou rouvrir une entrée</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>side of the new people, when the file does not say</source>
      <translation>côté des nouvelles personnes, quand le fichier ne le dit pas</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_email.py" />
      <source>side of the senders not yet in the journal</source>
      <translation>côté des expéditeurs qui ne sont pas encore dans le journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_reminders.py" />
      <source>soon</source>
      <translation>bientôt</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_watch.py" />
      <source>stop after S seconds (default: until Ctrl+C)</source>
      <translation>s’arrête après S secondes (par défaut : jusqu’à Ctrl+C)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_demo.py" />
      <source>the day the history ends (default: today); same seed and day, same journal</source>
      <translation>le jour où l'historique se termine (par défaut : aujourd'hui) ; même graine et même jour, même journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>the department its staff join instead</source>
      <translation>le service que rejoint son personnel à la place</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_waiting.py" />
      <source>the entry waits on someone: its targets' clock stops</source>
      <translation>l’entrée attend quelqu’un : ses délais s’arrêtent</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_search.py" />
      <source>the figures of a month</source>
      <translation>les chiffres d'un mois</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_rate.py" />
      <source>the full-screen rating kiosk for the counter</source>
      <translation>la borne de notation plein écran pour le comptoir</translation>
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
      <source>the record of processing personal data (GDPR register)</source>
      <translation>le registre des traitements de données personnelles (RGPD)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_rate.py" />
      <source>the staff pulse, for the break room</source>
      <translation>le baromètre du personnel, pour la salle de pause</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_templates.py" />
      <source>the status the entry takes when the reply is saved: waiting, resolved, closed</source>
      <translation>le statut que prend l'entrée quand la réponse est enregistrée : waiting, resolved, closed</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_rate.py" />
      <source>the suggestion</source>
      <translation>la suggestion</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_waiting.py" />
      <source>the wait is over: targets count again</source>
      <translation>l’attente est finie : les délais reprennent</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>the whole journal as one JSON file: a backup, so it keeps everything, confidential entries included</source>
      <translation>tout le journal dans un fichier JSON : une sauvegarde, qui garde donc tout, entrées confidentielles comprises</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_reports.py" />
      <source>this week's follow-up sheet, to pin on the wall</source>
      <translation>la fiche de relances de la semaine, à afficher au mur</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_rate.py" />
      <source>what could be better, e.g. “Waiting time”</source>
      <translation>ce qui pourrait être mieux, par ex. « Temps d'attente »</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_trash.py" />
      <source>what is in the trash, last deleted first</source>
      <translation>ce qui est dans la corbeille, le dernier supprimé en premier</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_reminders.py" />
      <source>what is overdue or due within N days (for cron or scripts)</source>
      <translation>ce qui est en retard ou dû dans les N jours (pour cron ou des scripts)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <source>what it will cost (a refund, a gift), e.g. 12.50</source>
      <translation>ce que cela coûtera (un remboursement, un cadeau), par ex. 12,50</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <source>what it will cost; "" removes it</source>
      <translation>ce que cela coûtera ; "" l’enlève</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>what the resolution cost (a refund, a gift), e.g. 12.50</source>
      <translation>ce qu’a coûté la résolution (un remboursement, un cadeau), par ex. 12,50</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_responses.py" />
      <source>what was answered</source>
      <translation>ce qui a été répondu</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>what was answered (or --template)</source>
      <translation>ce qui a été répondu (ou --template)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_responses.py" />
      <source>when (YYYY-MM-DD HH:MM)</source>
      <translation>quand (AAAA-MM-JJ HH:MM)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_rate.py" />
      <source>when (YYYY-MM-DD HH:MM; default now)</source>
      <translation>quand (AAAA-MM-JJ HH:MM ; par défaut maintenant)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <source>when (default now)</source>
      <translation>quand (par défaut maintenant)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>when it happened (YYYY-MM-DD HH:MM)</source>
      <translation>quand cela s'est passé (AAAA-MM-JJ HH:MM)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>when it happened (YYYY-MM-DD HH:MM; default now)</source>
      <translation>quand cela s'est passé (AAAA-MM-JJ HH:MM ; par défaut maintenant)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>which field a column holds (when, who, email, phone, side, kind, channel, title, details, satisfaction, tags, status, response, response_at, resolution, resolved_at, confidential); COLUMN= leaves it out</source>
      <translation>quel champ une colonne contient (when, who, email, phone, side, kind, channel, title, details, satisfaction, tags, status, response, response_at, resolution, resolved_at, confidential) ; COLONNE= l'ignore</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_followups.py" />
      <source>who changed what in a follow-up, and when</source>
      <translation>qui a modifié quoi dans une relance, et quand</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <source>who changed what in a promise, and when</source>
      <translation>qui a modifié quoi dans une promesse, et quand</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>who changed what in an entry, and when</source>
      <translation>qui a modifié quoi dans une entrée, et quand</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_retention.py" />
      <source>who is past the period the journal keeps people (Settings ▸ Privacy); nothing is deleted until you run 'retention erase --yes'</source>
      <translation>qui a dépassé la durée de conservation du journal (Réglages ▸ Confidentialité) ; rien n’est supprimé avant que vous lanciez « retention erase --yes »</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_reminders.py" />
      <source>write the journal to other formats</source>
      <translation>écrire le journal dans d'autres formats</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_settings.py" />
      <source>{key} is now “{value}”.</source>
      <translation>{key} vaut maintenant « {value} ».</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_accounts.py" />
      <source>{name} forgotten: %n account events changed.</source>
      <translation>
        <numerusform>{name} oublié : %n événement de compte modifié.</numerusform>
        <numerusform>{name} oublié : %n événements de compte modifiés.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>{name} is back.</source>
      <translation>{name} est de retour.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_accounts.py" />
      <source>{name} is now {role}.</source>
      <translation>{name} est maintenant {role}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>{path} is a backup of another journal, not of {current}. Nothing was restored; add --other-journal to restore it anyway.</source>
      <translation>{path} est une sauvegarde d’un autre journal, pas de {current}. Rien n’a été restauré ; ajoutez --other-journal pour la restaurer quand même.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_search.py" />
      <source>{side}:</source>
      <translation>{side} :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_demo.py" />
      <source>“{text}” is not a date like 2030-01-31.</source>
      <translation>« {text} » n'est pas une date comme 2030-01-31.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_watch.py" />
      <source>“{value}” is not a number of seconds.</source>
      <translation>« {value} » n’est pas un nombre de secondes.</translation>
    </message>
  </context>
  <context>
    <name>copy</name>
    <message>
      <location filename="../../cxjournal/store/copying.py" />
      <source>No journal is open.</source>
      <translation>Aucun journal n'est ouvert.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/copying.py" />
      <source>Only an owner of the journal copies it whole: a copy made with this account would leave out what it may not see. Nothing was copied.</source>
      <translation>Seul un propriétaire du journal le copie en entier : une copie faite avec ce compte laisserait de côté ce qu’il ne peut pas voir. Rien n’a été copié.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/copying.py" />
      <source>The copy of the table {table} in {target} does not match the journal's. Nothing was copied.</source>
      <translation>La copie de la table {table} dans {target} ne correspond pas à celle du journal. Rien n'a été copié.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/copying.py" />
      <source>The folder {path} does not exist.</source>
      <translation>Le dossier {path} n'existe pas.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/copying.py" />
      <source>The journal {target} is not empty: a copy only goes into an empty journal. Nothing was copied.</source>
      <translation>Le journal {target} n'est pas vide : une copie ne va que dans un journal vide. Rien n'a été copié.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/copying.py" />
      <source>{target} is the open journal itself: copy it somewhere else.</source>
      <translation>{target} est le journal ouvert lui-même : copiez-le ailleurs.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/copying.py" />
      <source>{target} refused the copy ({reason}). Nothing was copied.</source>
      <translation>{target} a refusé la copie ({reason}). Rien n'a été copié.</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message numerus="yes">
      <location filename="../../cxjournal/services/agenda.py" />
      <source>%n days</source>
      <translation>
        <numerusform>%n jour</numerusform>
        <numerusform>%n jours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/services/targets.py" />
      <source>%n h left</source>
      <translation>
        <numerusform>%n h restante</numerusform>
        <numerusform>%n h restantes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/services/targets.py" />
      <source>%n min left</source>
      <translation>
        <numerusform>%n min restante</numerusform>
        <numerusform>%n min restantes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/services/people.py" />
      <source>%n staff members belong to “{name}”; say which department they join instead.</source>
      <translation>
        <numerusform>%n membre du personnel appartient à « {name} » ; indiquez le service qu’il rejoint.</numerusform>
        <numerusform>%n membres du personnel appartiennent à « {name} » ; indiquez le service qu’ils rejoignent.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_rate.py" />
      <source>%n suggestions filed into the journal</source>
      <translation>
        <numerusform>%n suggestion classée dans le journal</numerusform>
        <numerusform>%n suggestions classées dans le journal</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/entry_rows.py" />
      <source>(answered; no text in the imported file)</source>
      <translation>(répondu ; pas de texte dans le fichier importé)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/edits.py" />
      <source>(empty)</source>
      <translation>(vide)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/services/insights.py" />
      <source>(ρ = {rho} over %n months, trends removed)</source>
      <translation>
        <numerusform>(ρ = {rho} sur %n mois, tendances retirées)</numerusform>
        <numerusform>(ρ = {rho} sur %n mois, tendances retirées)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/ratings.py" />
      <source>A PIN is 4 to 12 digits.</source>
      <translation>Un code PIN compte de 4 à 12 chiffres.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/demo/journal.py" />
      <source>A demo needs at least 3 people, 0 entries and 1 month.</source>
      <translation>Une démonstration demande au moins 3 personnes, 0 entrée et 1 mois.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/people.py" />
      <source>A department called “{name}” already exists.</source>
      <translation>Un service nommé « {name} » existe déjà.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/credentials.py" />
      <source>A password cannot be remembered on this computer: it has no safe system keyring (on Linux, a secret service such as GNOME Keyring or KWallet).</source>
      <translation>Un mot de passe ne peut pas être mémorisé sur cet ordinateur : il n’a pas de trousseau système sûr (sous Linux, un service de secrets comme GNOME Keyring ou KWallet).</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/promises.py" />
      <source>A promise cannot be settled before it was made.</source>
      <translation>Une promesse ne peut pas être réglée avant d'avoir été faite.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/ratings.py" />
      <source>A rating is 1, 2, 3 or 4 (very unhappy to very happy), not “{value}”.</source>
      <translation>Une note vaut 1, 2, 3 ou 4 (de très mécontent à très content), pas « {value} ».</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/settings.py" />
      <source>A reason cannot contain “;”.</source>
      <translation>Une raison ne peut pas contenir « ; ».</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/reply_templates.py" />
      <source>A reply template called “{name}” already exists.</source>
      <translation>Un modèle de réponse « {name} » existe déjà.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/entry_rows.py" />
      <source>A resolution time is given but the status is still open.</source>
      <translation>Une date de résolution est donnée, mais le statut est encore ouvert.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/entry_rows.py" />
      <source>A resolved or closed entry needs its resolution time.</source>
      <translation>Une entrée résolue ou close doit avoir sa date de résolution.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/entry_rows.py" />
      <location filename="../../cxjournal/services/entries.py" />
      <location filename="../../cxjournal/services/responses.py" />
      <source>A response cannot come before the entry it answers.</source>
      <translation>Une réponse ne peut pas précéder l'entrée à laquelle elle répond.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/entry_rows.py" />
      <source>A response needs its time, or the time to first response cannot be counted.</source>
      <translation>Une réponse doit avoir sa date, sinon le délai de première réponse ne peut pas être calculé.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/ratings.py" />
      <source>A staff pulse answer has no reason; write it as text.</source>
      <translation>Une réponse au baromètre du personnel n'a pas de motif ; écrivez-le en texte.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/accounts.py" />
      <source>Account</source>
      <translation>Compte</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/server_accounts.py" />
      <source>Accounts need a shared journal on a server; a journal file has one user, who is its owner.</source>
      <translation>Les comptes demandent un journal partagé sur un serveur ; un fichier journal a un seul utilisateur, qui en est le propriétaire.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/edits.py" />
      <source>Amount</source>
      <translation>Montant</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/attachments.py" />
      <source>An attached file needs a name.</source>
      <translation>Un fichier joint doit avoir un nom.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/entry_rows.py" />
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
      <location filename="../../cxjournal/services/aftercare.py" />
      <source>Ask after a number of days from 0 to 365 (such as 7d), or off; not “{text}”.</source>
      <translation>Demandez après un nombre de jours de 0 à 365 (comme 7d), ou off ; pas « {text} ».</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/aftercare.py" />
      <source>Ask how it went: {title}</source>
      <translation>Demander comment cela s'est passé : {title}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/edits.py" />
      <source>Assigned to</source>
      <translation>Confié à</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/assignment.py" />
      <source>Assigning needs a shared journal on a server; a journal file has one user.</source>
      <translation>Confier une tâche demande un journal partagé sur un serveur ; un fichier journal n’a qu’un utilisateur.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/connection.py" />
      <source>Cannot create the journal {path}: {reason}</source>
      <translation>Impossible de créer le journal {path} : {reason}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/server.py" />
      <location filename="../../cxjournal/store/server_login.py" />
      <source>Cannot open the journal on the server {address}: {reason}</source>
      <translation>Impossible d’ouvrir le journal sur le serveur {address} : {reason}</translation>
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
      <location filename="../../cxjournal/services/edits.py" />
      <source>Channel</source>
      <translation>Canal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/checkins.py" />
      <source>Check in with {department}</source>
      <translation>Faire le point avec {department}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/repair_checkins.py" />
      <source>Check-in follow-ups that an earlier version had marked done by itself (no one did them), undone when this journal was upgraded: {count}. They are open again; check them on the Follow-ups page.</source>
      <translation>Points avec les équipes qu’une version précédente avait marqués comme faits d’elle-même (personne ne les avait faits), annulés lors de la mise à jour de ce journal : {count}. Ils sont de nouveau ouverts ; vérifiez-les dans la page Relances.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/insights.py" />
      <source>Clear link:</source>
      <translation>Lien net :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/edits.py" />
      <source>Confidential</source>
      <translation>Confidentiel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/visibility.py" />
      <source>Confidential complaint</source>
      <translation>Réclamation confidentielle</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/visibility.py" />
      <source>Confidential concern</source>
      <translation>Signalement confidentiel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/ics_export.py" />
      <location filename="../../cxjournal/services/visibility.py" />
      <source>Confidential follow-up</source>
      <translation>Relance confidentielle</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/visibility.py" />
      <source>Confidential promise</source>
      <translation>Promesse confidentielle</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/history.py" />
      <source>Created</source>
      <translation>Création</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/history.py" />
      <source>Deleted for good</source>
      <translation>Suppression définitive</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/department_removal.py" />
      <location filename="../../cxjournal/services/edits.py" />
      <location filename="../../cxjournal/services/followups.py" />
      <location filename="../../cxjournal/services/people.py" />
      <location filename="../../cxjournal/ui/dialogs/departments_dialog.py" />
      <location filename="../../cxjournal/ui/pages/people_page.py" />
      <source>Department</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/people.py" />
      <source>Department name</source>
      <translation>Nom du service</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/entry_rows.py" />
      <location filename="../../cxjournal/services/edits.py" />
      <location filename="../../cxjournal/services/entries.py" />
      <source>Details</source>
      <translation>Détails</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/agenda.py" />
      <source>Done</source>
      <translation>Terminées</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/agenda.py" />
      <source>Done (kept, broken, cancelled)</source>
      <translation>Terminées (tenues, non tenues, annulées)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/services/agenda.py" />
      <source>Done: none in the last {days} days, %n earlier</source>
      <translation>
        <numerusform>Terminées : aucune ces {days} derniers jours, %n plus ancienne</numerusform>
        <numerusform>Terminées : aucune ces {days} derniers jours, %n plus anciennes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/services/agenda.py" />
      <source>Done: the %n latest of {total}</source>
      <translation>
        <numerusform>Terminées : la plus récente sur {total}</numerusform>
        <numerusform>Terminées : les %n plus récentes sur {total}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/edits.py" />
      <location filename="../../cxjournal/services/followups.py" />
      <location filename="../../cxjournal/ui/dialogs/followup_dialog.py" />
      <location filename="../../cxjournal/ui/pages/promises.py" />
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/edits.py" />
      <location filename="../../cxjournal/services/promises.py" />
      <source>Due date</source>
      <translation>Date d'échéance</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/agenda.py" />
      <source>Due soon (next {n} days)</source>
      <translation>Bientôt dues (dans les {n} jours)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/entry_rows.py" />
      <location filename="../../cxjournal/io/people_import.py" />
      <location filename="../../cxjournal/services/edits.py" />
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
      <location filename="../../cxjournal/services/aftercare.py" />
      <location filename="../../cxjournal/services/attachments.py" />
      <location filename="../../cxjournal/services/entries.py" />
      <location filename="../../cxjournal/services/followups.py" />
      <location filename="../../cxjournal/services/history.py" />
      <location filename="../../cxjournal/services/promises.py" />
      <location filename="../../cxjournal/services/reply_templates.py" />
      <location filename="../../cxjournal/services/responses.py" />
      <location filename="../../cxjournal/services/waiting.py" />
      <source>Entry</source>
      <translation>Entrée</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/attachments.py" />
      <source>Entry #{id} has no file called “{name}”.</source>
      <translation>L’entrée #{id} n’a pas de fichier nommé « {name} ».</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/ics_export.py" />
      <location filename="../../cxjournal/services/followups.py" />
      <location filename="../../cxjournal/services/history.py" />
      <location filename="../../cxjournal/ui/pages/followups.py" />
      <source>Follow-up</source>
      <translation>Relance</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/reminders.py" />
      <source>Follow-up due {when}</source>
      <translation>Relance prévue {when}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/retention.py" />
      <source>Give a day to keep them until, or the reason to keep them.</source>
      <translation>Indiquez jusqu’à quel jour les garder, ou la raison de les garder.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/followups.py" />
      <source>Give a single repeat rule.</source>
      <translation>Donnez une seule règle de répétition.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/settings.py" />
      <source>Give a whole number from 0 (off) to {maximum}.</source>
      <translation>Donnez un nombre entier de 0 (désactivé) à {maximum}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/settings.py" />
      <source>Give a whole number from {minimum} to {maximum}.</source>
      <translation>Donnez un nombre entier de {minimum} à {maximum}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/followups.py" />
      <source>Give only the repeat rule (FREQ=...), not a start date.</source>
      <translation>Donnez seulement la règle de répétition (FREQ=...), pas de date de début.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/keep_in_touch.py" />
      <source>Give the keep-in-touch cadence as days or weeks (30d, 2w) from 1 day to 10 years, or off.</source>
      <translation>Indiquez la fréquence de contact en jours ou en semaines (30d, 2w), de 1 jour à 10 ans, ou off.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/promises.py" />
      <source>Give the new due date.</source>
      <translation>Donnez la nouvelle échéance.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/retention.py" />
      <source>Keep until</source>
      <translation>Garder jusqu’au</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/edits.py" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/ratings.py" />
      <source>Kiosk</source>
      <translation>Borne</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/agenda.py" />
      <source>Later</source>
      <translation>Plus tard</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/promises.py" />
      <source>Made on</source>
      <translation>Faite le</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/insights.py" />
      <source>Months with {internal} tended to also have {external}</source>
      <translation>Les mois avec {internal} ont eu tendance à avoir aussi {external}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/insights.py" />
      <source>Months with {internal} tended to be followed, the next month, by {external}</source>
      <translation>Les mois avec {internal} ont eu tendance à être suivis, le mois suivant, par {external}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/insights.py" />
      <source>Months with {internal} tended to be followed, two months later, by {external}</source>
      <translation>Les mois avec {internal} ont eu tendance à être suivis, deux mois plus tard, par {external}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/people.py" />
      <source>Move its staff to another department than “{name}”.</source>
      <translation>Déplacez son personnel vers un autre service que « {name} ».</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/history.py" />
      <source>Moved to the trash</source>
      <translation>Mise à la corbeille</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/people_import.py" />
      <location filename="../../cxjournal/services/edits.py" />
      <location filename="../../cxjournal/services/people.py" />
      <location filename="../../cxjournal/services/reply_templates.py" />
      <location filename="../../cxjournal/ui/pages/people_page.py" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/promises.py" />
      <source>New due date</source>
      <translation>Nouvelle échéance</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/server_login.py" />
      <source>No computer called {host} was found on the network. Check its name.</source>
      <translation>Aucun ordinateur nommé {host} n’a été trouvé sur le réseau. Vérifiez son nom.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_insights.py" />
      <location filename="../../cxjournal/services/insights.py" />
      <source>No link between the two sides stands out from chance over these months.</source>
      <translation>Aucun lien entre les deux côtés ne se distingue du hasard sur ces mois.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/services/reminders.py" />
      <source>No response after %n hours</source>
      <translation>
        <numerusform>Pas de réponse après %n heure</numerusform>
        <numerusform>Pas de réponse après %n heures</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/people.py" />
      <source>Nobody called “{name}” is in the journal.</source>
      <translation>Personne ne s'appelle « {name} » dans le journal.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/happy_index.py" />
      <source>Not enough answers to keep them anonymous.</source>
      <translation>Pas assez de réponses pour garantir leur anonymat.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/promises.py" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/people.py" />
      <source>Note: someone else is already called “{name}” ({ids}); use the #id to tell them apart.</source>
      <translation>Remarque : une autre personne s’appelle déjà « {name} » ({ids}) ; utilisez le #numéro pour les distinguer.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/services/people.py" />
      <source>Note: {names} already have this phone number; the same person twice?</source>
      <translation>
        <numerusform>Remarque : {names} a déjà ce numéro de téléphone ; la même personne deux fois ?</numerusform>
        <numerusform>Remarque : {names} ont déjà ce numéro de téléphone ; la même personne deux fois ?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/people_import.py" />
      <location filename="../../cxjournal/services/edits.py" />
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
      <location filename="../../cxjournal/services/edits.py" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/agenda.py" />
      <source>Overdue</source>
      <translation>En retard</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/accounts.py" />
      <source>Password</source>
      <translation>Mot de passe</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/edits.py" />
      <location filename="../../cxjournal/services/entries.py" />
      <location filename="../../cxjournal/services/followups.py" />
      <location filename="../../cxjournal/services/people.py" />
      <location filename="../../cxjournal/services/privacy.py" />
      <location filename="../../cxjournal/services/promises.py" />
      <location filename="../../cxjournal/services/timeline.py" />
      <source>Person</source>
      <translation>Personne</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/entry_rows.py" />
      <location filename="../../cxjournal/io/people_import.py" />
      <location filename="../../cxjournal/services/edits.py" />
      <location filename="../../cxjournal/services/validation.py" />
      <location filename="../../cxjournal/ui/pages/people_page.py" />
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/edits.py" />
      <source>Priority</source>
      <translation>Priorité</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/ics_export.py" />
      <location filename="../../cxjournal/services/followups.py" />
      <location filename="../../cxjournal/services/history.py" />
      <location filename="../../cxjournal/services/promises.py" />
      <location filename="../../cxjournal/ui/pages/promises.py" />
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
      <location filename="../../cxjournal/services/ratings.py" />
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/ratings.py" />
      <location filename="../../cxjournal/services/retention.py" />
      <location filename="../../cxjournal/services/settings.py" />
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/edits.py" />
      <source>Repeat</source>
      <translation>Répétition</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/entry_rows.py" />
      <location filename="../../cxjournal/services/entries.py" />
      <source>Resolution</source>
      <translation>Résolution</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/entry_rows.py" />
      <location filename="../../cxjournal/services/entries.py" />
      <location filename="../../cxjournal/services/responses.py" />
      <source>Response</source>
      <translation>Réponse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/history.py" />
      <source>Response deleted</source>
      <translation>Réponse supprimée</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/history.py" />
      <source>Response recorded</source>
      <translation>Réponse enregistrée</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/history.py" />
      <source>Response {id}: {field}</source>
      <translation>Réponse {id} : {field}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/history.py" />
      <source>Restored from the trash</source>
      <translation>Restauration depuis la corbeille</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/edits.py" />
      <source>Role</source>
      <translation>Fonction</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/edits.py" />
      <source>Satisfaction</source>
      <translation>Satisfaction</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/aftercare.py" />
      <source>Satisfaction after resolution needs a resolved entry.</source>
      <translation>La satisfaction après résolution demande une entrée résolue.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/aftercare.py" />
      <location filename="../../cxjournal/services/entries.py" />
      <source>Satisfaction must be a whole number from 1 to 5, not “{value}”.</source>
      <translation>La satisfaction doit être un nombre entier de 1 à 5, pas « {value} ».</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/capture.py" />
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
    <message numerus="yes">
      <location filename="../../cxjournal/services/edits.py" />
      <source>Someone else changed these fields meanwhile ({changed}); nothing was saved: read them again and retry.</source>
      <translation>
        <numerusform>Quelqu’un d’autre a modifié ce champ entre-temps ({changed}) ; rien n’a été enregistré : relisez-le et réessayez.</numerusform>
        <numerusform>Quelqu’un d’autre a modifié ces champs entre-temps ({changed}) ; rien n’a été enregistré : relisez-les et réessayez.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/happy_index.py" />
      <source>Staff pulse results are given by calendar week (YYYY-Www) or month (YYYY-MM) only, not “{text}”.</source>
      <translation>Les résultats du baromètre du personnel se donnent par semaine (AAAA-Wss) ou par mois (AAAA-MM) civils uniquement, pas « {text} ».</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/services/happy_index.py" />
      <source>Staff pulse {index}/100 from %n answers.</source>
      <translation>
        <numerusform>Baromètre du personnel {index}/100 sur %n réponse.</numerusform>
        <numerusform>Baromètre du personnel {index}/100 sur %n réponses.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/suggestions.py" />
      <source>Suggestion</source>
      <translation>Suggestion</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <location filename="../../cxjournal/services/tags.py" />
      <source>Tag</source>
      <translation>Étiquette</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/history.py" />
      <source>Tag added: {tag}</source>
      <translation>Étiquette ajoutée : {tag}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/history.py" />
      <source>Tag removed: {tag}</source>
      <translation>Étiquette retirée : {tag}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/edits.py" />
      <source>Tags</source>
      <translation>Étiquettes</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/reply_templates.py" />
      <source>Template</source>
      <translation>Modèle</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/ratings.py" />
      <location filename="../../cxjournal/services/reply_templates.py" />
      <source>Text</source>
      <translation>Texte</translation>
    </message>
    <message>
      <location filename="../../cxjournal/demo/journal.py" />
      <source>That demo would be too large.</source>
      <translation>Cette démonstration serait trop grande.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/promises.py" />
      <source>That entry is about someone else.</source>
      <translation>Cette entrée concerne quelqu'un d'autre.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/retention.py" />
      <source>That person is no longer in the journal.</source>
      <translation>Cette personne n’est plus dans le journal.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/server_login.py" />
      <source>The computer {host} did not answer on port {port}: is PostgreSQL running there, and open to this network? ({reason})</source>
      <translation>L’ordinateur {host} n’a pas répondu sur le port {port} : PostgreSQL y est-il lancé, et ouvert à ce réseau ? ({reason})</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/server.py" />
      <source>The database {address} holds other tables and is not a CX Journal. It was left untouched.</source>
      <translation>La base {address} contient d’autres tables et n’est pas un CX Journal. Elle n’a pas été modifiée.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/server.py" />
      <source>The database {address} lacks the “unaccent” extension, which search needs, and this login may not add it. Ask the server's administrator to run, in that database: CREATE EXTENSION unaccent;</source>
      <translation>Il manque à la base {address} l’extension « unaccent », nécessaire à la recherche, et cet identifiant n’a pas le droit de l’ajouter. Demandez à l’administrateur du serveur d’exécuter, dans cette base : CREATE EXTENSION unaccent;</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/retention.py" />
      <source>The day to keep them until must be after today.</source>
      <translation>Le jour jusqu’auquel les garder doit être après aujourd’hui.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/demo/journal.py" />
      <source>The demo only fills an empty journal; this one has data.</source>
      <translation>La démonstration ne remplit qu'un journal vide ; celui-ci contient des données.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/demo/journal.py" />
      <source>The demo speaks fr or en, not “{lang}”.</source>
      <translation>La démonstration parle fr ou en, pas « {lang} ».</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/connection.py" />
      <source>The disk holding {path} is full: nothing was saved. Free some space and try again.</source>
      <translation>Le disque qui contient {path} est plein : rien n’a été enregistré. Libérez de la place et réessayez.</translation>
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
      <location filename="../../cxjournal/store/transactions.py" />
      <source>The journal is busy: another program or window is saving to it. Nothing was changed; try again in a moment.</source>
      <translation>Le journal est occupé : un autre programme ou une autre fenêtre y enregistre. Rien n'a été modifié ; réessayez dans un instant.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/location.py" />
      <source>The journal server address is not usable: {reason}</source>
      <translation>L’adresse du serveur du journal n’est pas utilisable : {reason}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/server.py" />
      <source>The journal server {address} could not be reached ({reason}). Check the network and that the server is running, then try again.</source>
      <translation>Le serveur du journal {address} est injoignable ({reason}). Vérifiez le réseau et que le serveur fonctionne, puis réessayez.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/server.py" />
      <source>The journal server {address} could not be reached or stopped answering ({reason}). Nothing was saved; try again in a moment.</source>
      <translation>Le serveur du journal {address} est injoignable ou ne répond plus ({reason}). Rien n’a été enregistré ; réessayez dans un instant.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/server.py" />
      <source>The journal {address} must be upgraded for this version of CX Journal, and only an owner may do it: open it once on the owner's computer (or with an owner's account), then try again here. Nothing was changed.</source>
      <translation>Le journal {address} doit être mis à jour pour cette version de CX Journal, et seul un propriétaire peut le faire : ouvrez-le une fois sur l’ordinateur du propriétaire (ou avec un compte de propriétaire), puis réessayez ici. Rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/connection.py" />
      <source>The journal {path} could not be read or written ({reason}).</source>
      <translation>Le journal {path} n’a pas pu être lu ou écrit ({reason}).</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/connection.py" />
      <source>The journal {path} is damaged. To protect what it still holds, nothing more will be written to it; restore a backup (cxjournal restore, or “Restore a backup” in the window).</source>
      <translation>Le journal {path} est endommagé. Pour protéger ce qu’il contient encore, plus rien n’y sera écrit ; restaurez une sauvegarde (cxjournal restore, ou « Restaurer une sauvegarde » dans la fenêtre).</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/connection.py" />
      <location filename="../../cxjournal/store/server.py" />
      <source>The journal {path} is read-only: it can be read but not changed.</source>
      <translation>Le journal {path} est en lecture seule : vous pouvez le lire, mais pas le modifier.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/settings.py" />
      <source>The kiosk shows at most {count} reasons.</source>
      <translation>La borne affiche au plus {count} raisons.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/validation.py" />
      <source>The limit must be a whole number from 1 to {max}; “{value}” is not.</source>
      <translation>La limite doit être un nombre entier de 1 à {max} ; « {value} » ne l’est pas.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/settings.py" />
      <source>The reason “{reason}” is there twice.</source>
      <translation>La raison « {reason} » y est deux fois.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/accounts.py" />
      <source>The role must be one of {roles}.</source>
      <translation>Le rôle doit être l’un de ceux-ci : {roles}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/server_login.py" />
      <source>The server {address} needs the password of the account {account}: set PGPASSWORD or put it in ~/.pgpass, or sign in from the window.</source>
      <translation>Le serveur {address} demande le mot de passe du compte {account} : définissez PGPASSWORD ou mettez-le dans ~/.pgpass, ou connectez-vous depuis la fenêtre.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/server_login.py" />
      <source>The server {address} refused the password of the account {account}. Set the right one in PGPASSWORD or ~/.pgpass, or sign in from the window.</source>
      <translation>Le serveur {address} a refusé le mot de passe du compte {account}. Mettez le bon dans PGPASSWORD ou ~/.pgpass, ou connectez-vous depuis la fenêtre.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/entry_query.py" />
      <source>The start date is after the end date.</source>
      <translation>La date de début est après la date de fin.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/credentials.py" />
      <source>The system keyring did not keep the password ({reason}).</source>
      <translation>Le trousseau système n’a pas gardé le mot de passe ({reason}).</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/server_accounts.py" />
      <source>There is already a login called “{name}” on this server.</source>
      <translation>Il existe déjà un identifiant « {name} » sur ce serveur.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/people.py" />
      <source>There is no department called “{name}”.</source>
      <translation>Il n'y a pas de service nommé « {name} ».</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/reply_templates.py" />
      <source>There is no reply template called “{name}”.</source>
      <translation>Il n'y a pas de modèle de réponse « {name} ».</translation>
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
      <location filename="../../cxjournal/services/tags.py" />
      <source>There is no tag called “{name}”.</source>
      <translation>Il n'y a pas d'étiquette nommée « {name} ».</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/followups.py" />
      <source>This department already has an open check-in, due {due}: complete it or move it to the trash first.</source>
      <translation>Ce service a déjà un point ouvert, prévu le {due} : terminez-le ou placez-le dans la corbeille d’abord.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/waiting.py" />
      <source>This entry is already closed; reopen it first.</source>
      <translation>Cette entrée est déjà classée ; rouvrez-la d'abord.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <source>This entry is already open.</source>
      <translation>Cette entrée est déjà ouverte.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <source>This entry is already resolved or closed without action; reopen it first.</source>
      <translation>Cette entrée est déjà résolue ou classée sans suite ; rouvrez-la d'abord.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/waiting.py" />
      <source>This entry is not waiting on anyone.</source>
      <translation>Cette entrée n’est en attente de personne.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/attachments.py" />
      <source>This file is no longer in the journal.</source>
      <translation>Ce fichier n’est plus dans le journal.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/followups.py" />
      <source>This follow-up is already done.</source>
      <translation>Cette relance est déjà faite.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/migrations.py" />
      <source>This journal was upgraded by a newer version of CX Journal (journal format {version}; this version reads up to {supported}). Install that version on this computer. {where} was left untouched.</source>
      <translation>Ce journal a été mis à niveau par une version plus récente de CX Journal (format de journal {version} ; cette version lit jusqu’à {supported}). Installez cette version sur cet ordinateur. {where} n’a pas été modifié.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/promises.py" />
      <source>This promise is already {state}.</source>
      <translation>Cette promesse est déjà {state}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/email_import.py" />
      <location filename="../../cxjournal/io/entry_rows.py" />
      <location filename="../../cxjournal/services/edits.py" />
      <location filename="../../cxjournal/services/entries.py" />
      <location filename="../../cxjournal/services/followups.py" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/agenda.py" />
      <source>Today</source>
      <translation>Aujourd'hui</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/edits.py" />
      <location filename="../../cxjournal/services/entries.py" />
      <location filename="../../cxjournal/services/followups.py" />
      <location filename="../../cxjournal/services/people.py" />
      <location filename="../../cxjournal/services/responses.py" />
      <source>Unknown detail: {names}.</source>
      <translation>Détail inconnu : {names}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/agenda.py" />
      <source>Upcoming</source>
      <translation>À venir</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/entry_rows.py" />
      <location filename="../../cxjournal/services/waiting.py" />
      <source>Waiting on</source>
      <translation>En attente de</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/insights.py" />
      <source>Weak sign, maybe chance:</source>
      <translation>Indice faible, peut-être dû au hasard :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/edits.py" />
      <location filename="../../cxjournal/services/promises.py" />
      <source>What was promised</source>
      <translation>Ce qui a été promis</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/entry_rows.py" />
      <location filename="../../cxjournal/services/edits.py" />
      <location filename="../../cxjournal/services/entries.py" />
      <location filename="../../cxjournal/services/followups.py" />
      <location filename="../../cxjournal/services/promises.py" />
      <location filename="../../cxjournal/services/ratings.py" />
      <location filename="../../cxjournal/services/responses.py" />
      <location filename="../../cxjournal/ui/pages/followups.py" />
      <location filename="../../cxjournal/ui/widgets/person_view.py" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/account_addresses.py" />
      <source>Write each account's addresses as “account: address, address”, accounts separated by “;” (not “{part}”).</source>
      <translation>Écrivez les adresses de chaque compte ainsi : « compte : adresse, adresse », les comptes séparés par « ; » (et non « {part} »).</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/common.py" />
      <source>Your account may not change {what} #{id}: it may change only what it recorded.</source>
      <translation>Votre compte ne peut pas modifier cet élément ({what} n° {id}) : il ne peut modifier que ce qu’il a enregistré.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/server.py" />
      <source>Your account may not do this in the journal {address}: an owner of the journal can give it another role.</source>
      <translation>Votre compte ne peut pas faire cela dans le journal {address} : un propriétaire du journal peut lui donner un autre rôle.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/accounts.py" />
      <source>Your account may not {doing}: ask an owner of the journal.</source>
      <translation>Votre compte ne peut pas {doing} : adressez-vous à un propriétaire du journal.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/insights.py" />
      <source>a higher staff pulse</source>
      <translation>un pouls du personnel plus haut</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/insights.py" />
      <source>a lower staff pulse</source>
      <translation>un pouls du personnel plus bas</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/history.py" />
      <source>another program</source>
      <translation>un autre programme</translation>
    </message>
    <message>
      <location filename="../../cxjournal/made_by.py" />
      <source>assigned to {name}</source>
      <translation>confié à {name}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/accounts.py" />
      <source>back up the whole journal</source>
      <translation>sauvegarder tout le journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/agenda.py" />
      <source>broken</source>
      <translation>non tenue</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/followups.py" />
      <source>cadence</source>
      <translation>fréquence</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/agenda.py" />
      <source>cancelled</source>
      <translation>annulée</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/accounts.py" />
      <source>change the journal's settings</source>
      <translation>modifier les réglages du journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/accounts.py" />
      <source>change the reply templates</source>
      <translation>modifier les modèles de réponse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/entry_rows.py" />
      <location filename="../../cxjournal/services/entries.py" />
      <source>channel</source>
      <translation>canal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/edits.py" />
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
      <location filename="../../cxjournal/store/server.py" />
      <source>connection lost</source>
      <translation>connexion perdue</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/accounts.py" />
      <source>do this</source>
      <translation>faire cela</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/agenda.py" />
      <source>due today</source>
      <translation>due aujourd'hui</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/accounts.py" />
      <source>erase people</source>
      <translation>effacer des personnes</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/agenda.py" />
      <source>every month</source>
      <translation>tous les mois</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/agenda.py" />
      <source>every three months</source>
      <translation>tous les trois mois</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/agenda.py" />
      <source>every two weeks</source>
      <translation>toutes les deux semaines</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/agenda.py" />
      <source>every week</source>
      <translation>toutes les semaines</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/accounts.py" />
      <source>export the whole journal</source>
      <translation>exporter tout le journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/insights.py" />
      <source>faster first answers to staff</source>
      <translation>des premières réponses plus rapides au personnel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/insights.py" />
      <source>fewer customer complaints</source>
      <translation>moins de réclamations de clients</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/insights.py" />
      <source>fewer promises to customers kept on time</source>
      <translation>moins de promesses aux clients tenues à temps</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/insights.py" />
      <source>fewer promises to staff kept on time</source>
      <translation>moins de promesses au personnel tenues à temps</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/insights.py" />
      <source>fewer staff check-ins done</source>
      <translation>moins de points avec le personnel faits</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/insights.py" />
      <source>happier customers</source>
      <translation>des clients plus contents</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/accounts.py" />
      <source>import into the journal</source>
      <translation>importer dans le journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/location.py" />
      <source>it holds a password. Remove it from the address and put it in PGPASSWORD or ~/.pgpass.</source>
      <translation>elle contient un mot de passe. Retirez-le de l’adresse et mettez-le dans PGPASSWORD ou ~/.pgpass.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/location.py" />
      <source>it names no database (postgresql://user@host/dbname).</source>
      <translation>elle ne nomme aucune base (postgresql://utilisateur@hôte/base).</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/services/keep_in_touch.py" />
      <source>keep in touch every %n days</source>
      <translation>
        <numerusform>garder le contact tous les %n jours</numerusform>
        <numerusform>garder le contact tous les %n jours</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/agenda.py" />
      <source>kept late (by {days})</source>
      <translation>tenue en retard (de {days})</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/agenda.py" />
      <source>kept on time</source>
      <translation>tenue à temps</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/entry_rows.py" />
      <location filename="../../cxjournal/services/entry_query.py" />
      <source>kind</source>
      <translation>type</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/reply_templates.py" />
      <source>language</source>
      <translation>langue</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/services/targets.py" />
      <source>late by %n h</source>
      <translation>
        <numerusform>en retard de %n h</numerusform>
        <numerusform>en retard de %n h</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/services/targets.py" />
      <source>late by %n min</source>
      <translation>
        <numerusform>en retard de %n min</numerusform>
        <numerusform>en retard de %n min</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/agenda.py" />
      <source>late by {days}</source>
      <translation>en retard de {days}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/insights.py" />
      <source>less happy customers</source>
      <translation>des clients moins contents</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/insights.py" />
      <source>less satisfied customers</source>
      <translation>des clients moins satisfaits</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/accounts.py" />
      <source>make reports</source>
      <translation>établir des rapports</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/accounts.py" />
      <source>manage accounts</source>
      <translation>gérer les comptes</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/insights.py" />
      <source>more customer complaints</source>
      <translation>davantage de réclamations de clients</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/insights.py" />
      <source>more promises to customers kept on time</source>
      <translation>davantage de promesses aux clients tenues à temps</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/insights.py" />
      <source>more promises to staff kept on time</source>
      <translation>davantage de promesses au personnel tenues à temps</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/insights.py" />
      <source>more satisfied customers</source>
      <translation>des clients plus satisfaits</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/insights.py" />
      <source>more staff check-ins done</source>
      <translation>davantage de points avec le personnel faits</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/edits.py" />
      <location filename="../../cxjournal/services/history.py" />
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/agenda.py" />
      <source>on time, due in {days}</source>
      <translation>dans les temps, due dans {days}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/agenda.py" />
      <source>on time, due tomorrow</source>
      <translation>dans les temps, due demain</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/location.py" />
      <source>only sslmode may follow “?”.</source>
      <translation>seul sslmode peut suivre « ? ».</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <source>priority</source>
      <translation>priorité</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/insights.py" />
      <source>quicker resolution of what staff raised</source>
      <translation>une résolution plus rapide de ce que le personnel a signalé</translation>
    </message>
    <message>
      <location filename="../../cxjournal/made_by.py" />
      <source>recorded by {name}</source>
      <translation>saisi par {name}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/keep_in_touch.py" />
      <source>regular customer, no contact for 45 days</source>
      <translation>client régulier, sans contact depuis 45 jours</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/agenda.py" />
      <source>repeats</source>
      <translation>se répète</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/accounts.py" />
      <source>see or record staff entries</source>
      <translation>voir ou enregistrer des entrées du personnel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/email_import.py" />
      <location filename="../../cxjournal/io/entries_import.py" />
      <location filename="../../cxjournal/io/entry_rows.py" />
      <location filename="../../cxjournal/io/people_import.py" />
      <location filename="../../cxjournal/services/edits.py" />
      <location filename="../../cxjournal/services/entries.py" />
      <location filename="../../cxjournal/services/entry_query.py" />
      <location filename="../../cxjournal/services/people.py" />
      <location filename="../../cxjournal/services/ratings.py" />
      <source>side</source>
      <translation>côté</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/insights.py" />
      <source>slower first answers to staff</source>
      <translation>des premières réponses plus lentes au personnel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/insights.py" />
      <source>slower resolution of what staff raised</source>
      <translation>une résolution plus lente de ce que le personnel a signalé</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/location.py" />
      <source>sslmode must be one of {modes}.</source>
      <translation>sslmode doit être l’un de {modes}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/followups.py" />
      <source>state</source>
      <translation>état</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/entry_query.py" />
      <location filename="../../cxjournal/services/promises.py" />
      <location filename="../../cxjournal/services/reply_templates.py" />
      <source>status</source>
      <translation>statut</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/reply_templates.py" />
      <source>the customer</source>
      <translation>le client</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/location.py" />
      <source>the port is not a number.</source>
      <translation>le port n’est pas un nombre.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/targets.py" />
      <source>to answer</source>
      <translation>pour répondre</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/targets.py" />
      <source>to resolve</source>
      <translation>pour résoudre</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/edits.py" />
      <location filename="../../cxjournal/services/history.py" />
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/edits.py" />
      <source>{field} is now “{value}”</source>
      <translation>{field} vaut maintenant « {value} »</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/history.py" />
      <source>{field}: {old} → {new}</source>
      <translation>{field} : {old} → {new}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/entry_rows.py" />
      <location filename="../../cxjournal/services/accounts.py" />
      <location filename="../../cxjournal/services/tags.py" />
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
      <source>{label}: {value} is in the future; this records something that already happened.</source>
      <translation>{label} : {value} est dans le futur ; on note ici ce qui s’est déjà passé.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/typed_dates.py" />
      <source>{label}: “{text}” is not a date CX Journal can read; try 05/12/2026 14:30.</source>
      <translation>{label} : « {text} » n'est pas une date que CX Journal sait lire ; essayez 05/12/2026 14:30.</translation>
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
      <location filename="../../cxjournal/io/entries_import.py" />
      <location filename="../../cxjournal/services/entries.py" />
      <location filename="../../cxjournal/services/promises.py" />
      <source>{name} is a {side}.</source>
      <translation>{name} est enregistré(e) côté {side}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/accounts.py" />
      <source>{name} is still an account: remove it first, then forget it.</source>
      <translation>{name} est encore un compte : supprimez-le d’abord, puis oubliez-le.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/connection.py" />
      <source>{path} cannot be read as a CX Journal ({reason}). It was left untouched.</source>
      <translation>{path} ne peut pas être lu comme un fichier journal de CX Journal ({reason}). Le fichier n'a pas été modifié.</translation>
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
      <source>{path} is another program's file, not a CX Journal file. It was left untouched.</source>
      <translation>{path} est un fichier d'un autre programme, pas un fichier journal de CX Journal. Le fichier n'a pas été modifié.</translation>
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
      <source>{path} is not a CX Journal file. It was left untouched.</source>
      <translation>{path} n'est pas un fichier journal de CX Journal. Le fichier n'a pas été modifié.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/connection.py" />
      <source>{path} is not a regular file and cannot hold a journal.</source>
      <translation>{path} n’est pas un fichier ordinaire et ne peut pas contenir de journal.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/targets.py" />
      <source>{stage}: {time}</source>
      <translation>{stage} : {time}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/agenda.py" />
      <source>{state}, new date agreed</source>
      <translation>{state}, nouvelle date convenue</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/common.py" />
      <source>{what} #{id} does not exist or is in the trash.</source>
      <translation>{what} n° {id} n'existe pas ou est dans la corbeille.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/reply_templates.py" />
      <source>{what} by {date}</source>
      <translation>{what} d'ici le {date}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/keep_in_touch.py" />
      <source>{why}; last contact {date}</source>
      <translation>{why} ; dernier contact le {date}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/keep_in_touch.py" />
      <source>{why}; no contact yet</source>
      <translation>{why} ; aucun contact pour l’instant</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/tags.py" />
      <source>“{a}” and “{b}” are already the same tag.</source>
      <translation>« {a} » et « {b} » sont déjà la même étiquette.</translation>
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
      <location filename="../../cxjournal/services/assignment.py" />
      <source>“{name}” cannot be assigned: choose one of {names}, or nobody.</source>
      <translation>« {name} » ne peut pas se voir confier ceci : choisissez parmi {names}, ou personne.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/server_accounts.py" />
      <source>“{name}” cannot be removed nor lose the owner role: the journal must keep an owner, and nobody removes their own account.</source>
      <translation>« {name} » ne peut être ni supprimé ni perdre le rôle de propriétaire : le journal doit garder un propriétaire, et personne ne supprime son propre compte.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/server_accounts.py" />
      <source>“{name}” cannot be used as an account name.</source>
      <translation>« {name} » ne peut pas servir de nom de compte.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/store/server_accounts.py" />
      <source>“{name}” is not an account of this journal.</source>
      <translation>« {name} » n’est pas un compte de ce journal.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/attachments.py" />
      <source>“{name}” is {size}: larger than the {limit} a file may be (Settings ▸ Attachments). Nothing was attached.</source>
      <translation>« {name} » fait {size} : plus que les {limit} permis pour un fichier (Paramètres ▸ Pièces jointes). Aucun fichier n’a été joint.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/settings.py" />
      <source>“{part}” is not understood; write for example: {example}</source>
      <translation>« {part} » n’est pas compris ; écrivez par exemple : {example}</translation>
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
      <location filename="../../cxjournal/typed_dates.py" />
      <source>“{text}” has passed; choose today or a later day.</source>
      <translation>« {text} » est un jour passé ; choisissez aujourd'hui ou un jour suivant.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/typed_dates.py" />
      <source>“{text}” is not a day CX Journal can read; try 5/12, saturday or +3.</source>
      <translation>« {text} » n'est pas un jour que CX Journal sait lire ; essayez 5/12, samedi ou +3.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/months.py" />
      <source>“{text}” is not a month; write it as YYYY-MM, for example 2026-11.</source>
      <translation>« {text} » n'est pas un mois ; écrivez-le AAAA-MM, par exemple 2026-11.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/happy_index.py" />
      <source>“{text}” is not a week; write it as YYYY-Www, for example 2026-W07.</source>
      <translation>« {text} » n'est pas une semaine ; écrivez-la AAAA-Wss, par exemple 2026-W07.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/amounts.py" />
      <source>“{text}” is not an amount; type it as 12,50 or 12.50.</source>
      <translation>« {text} » n’est pas un montant ; tapez-le comme 12,50 ou 12.50.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/amounts.py" />
      <source>“{text}” is too large for a goodwill gesture.</source>
      <translation>« {text} » est trop élevé pour un geste commercial.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/amounts.py" />
      <source>“{text}”: an amount cannot be negative.</source>
      <translation>« {text} » : un montant ne peut pas être négatif.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/amounts.py" />
      <source>“{text}”: an amount has at most two decimals.</source>
      <translation>« {text} » : un montant a au plus deux décimales.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/amounts.py" />
      <source>“{text}”: this currency has no decimals.</source>
      <translation>« {text} » : cette monnaie n’a pas de décimales.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/edits.py" />
      <source>“{value}” cannot be a value of {field}.</source>
      <translation>« {value} » ne peut pas être une valeur de {field}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/settings.py" />
      <source>“{value}” is not a country code; give two letters such as FR, BE, CH or CA.</source>
      <translation>« {value} » n’est pas un code de pays ; donnez deux lettres, par exemple FR, BE, CH ou CA.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/settings.py" />
      <source>“{value}” is not a time zone; give a name such as Europe/Paris.</source>
      <translation>« {value} » n’est pas un fuseau horaire ; indiquez un nom comme Europe/Paris.</translation>
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
      <location filename="../../cxjournal/ui/shell/crash_log.py" />
      <source>CX Journal ran into an unexpected problem. What you saved before is safe in your journal.</source>
      <translation>CX Journal a rencontré un problème inattendu. Ce que vous avez enregistré auparavant est en sécurité dans votre journal.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/crash_log.py" />
      <source>Something went wrong</source>
      <translation>Un problème est survenu</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/crash_log.py" />
      <source>The details were written to {path}. Please send that file to support.</source>
      <translation>Les détails ont été écrits dans {path}. Merci d'envoyer ce fichier à l'assistance.</translation>
    </message>
  </context>
  <context>
    <name>data</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>%n erased people were in it and were removed again (register of erasures).</source>
      <translation>
        <numerusform>%n personne effacée s’y trouvait et en a de nouveau été retirée (registre des effacements).</numerusform>
        <numerusform>%n personnes effacées s’y trouvaient et en ont de nouveau été retirées (registre des effacements).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>%n events written to {path}. Import the file again later: your calendar updates them instead of adding copies.</source>
      <translation>
        <numerusform>%n événement écrit dans {path}. Importez de nouveau le fichier plus tard : votre agenda le mettra à jour au lieu d’en ajouter une copie.</numerusform>
        <numerusform>%n événements écrits dans {path}. Importez de nouveau le fichier plus tard : votre agenda les mettra à jour au lieu d’en ajouter des copies.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>&amp;Back up now…</source>
      <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>&amp;Import people…</source>
      <translation>&amp;Importer des personnes…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>Automatic backup</source>
      <translation>Sauvegarde automatique</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>Back up the journal</source>
      <translation>Sauvegarder le journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>Backing up…</source>
      <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>C&amp;heck the journal</source>
      <translation>&amp;Vérifier le journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>CX Journal backups (*.db *.sqlite *.bak);;All files (*)</source>
      <translation>Sauvegardes CX Journal (*.db *.sqlite *.bak);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>CX Journal backups (*.db);;All files (*)</source>
      <translation>Sauvegardes CX Journal (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>Calendar files (*.ics)</source>
      <translation>Fichiers d'agenda (*.ics)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>Check the journal</source>
      <translation>Vérifier le journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>Complete journal (*.json)</source>
      <translation>Journal complet (*.json)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>Confidential matters appear without their text unless you include them.</source>
      <translation>Les sujets confidentiels apparaissent sans leur texte, sauf si vous les incluez.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>Contacts (*.csv *.vcf *.txt);;All files (*)</source>
      <translation>Contacts (*.csv *.vcf *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>E&amp;xport the journal…</source>
      <translation>E&amp;xporter le journal…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>Export the journal</source>
      <translation>Exporter le journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>Export to a &amp;calendar…</source>
      <translation>Exporter vers un &amp;agenda…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>Export to a calendar</source>
      <translation>Exporter vers un agenda</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>Exporting…</source>
      <translation>Export en cours…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>Import his&amp;tory…</source>
      <translation>Importer l’his&amp;torique…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>Import history</source>
      <translation>Importer l’historique</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>Import people</source>
      <translation>Importer des personnes</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>Include confidential entries</source>
      <translation>Inclure les entrées confidentielles</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>Re&amp;store a backup…</source>
      <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>Replace the journal with the backup {backup}? Everything written since that backup will be set aside: the current file is kept beside it.</source>
      <translation>Remplacer le journal par la sauvegarde {backup} ? Tout ce qui a été saisi depuis cette sauvegarde sera mis de côté : le fichier actuel est conservé à côté.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>Restore a backup</source>
      <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>Spreadsheets (*.csv *.txt);;All files (*)</source>
      <translation>Tableaux (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>Spreadsheets, one CSV per table</source>
      <translation>Tableurs, un CSV par table</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>The backup was restored. The previous file was kept as {path}.</source>
      <translation>La sauvegarde a été restaurée. L'ancien fichier a été conservé sous {path}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>The backup was written and checked: {path}</source>
      <translation>La sauvegarde a été écrite et vérifiée : {path}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>The journal is healthy: no problem was found.</source>
      <translation>Le journal est en bon état : aucun problème trouvé.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>The journal was exported to the folder {path}.</source>
      <translation>Le journal a été exporté dans le dossier {path}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>The journal was exported to {path}. It is a complete backup, confidential entries included: keep it as safe as the journal.</source>
      <translation>Le journal a été exporté dans {path}. C'est une sauvegarde complète, entrées confidentielles comprises : gardez-la aussi précieusement que le journal.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>The spreadsheets leave confidential entries out unless you include them.</source>
      <translation>Les tableurs laissent de côté les entrées confidentielles, sauf si vous les incluez.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>Today's automatic backup could not be made: {reason}</source>
      <translation>La sauvegarde automatique du jour n'a pas pu être faite : {reason}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>{backup} is a backup of another journal, not of this one. Restoring it replaces this journal with the other one. Restore it anyway?</source>
      <translation>{backup} est une sauvegarde d’un autre journal, pas de celui-ci. La restaurer remplace ce journal par l’autre. La restaurer quand même ?</translation>
    </message>
  </context>
  <context>
    <name>email</name>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_email.py" />
      <source>%n messages</source>
      <translation>
        <numerusform>%n message</numerusform>
        <numerusform>%n messages</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_email.py" />
      <source>%n replies</source>
      <translation>
        <numerusform>%n réponse du commerce</numerusform>
        <numerusform>%n réponses du commerce</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_email.py" />
      <source>, record {replies} and skip {messages} (dry run: nothing written).</source>
      <translation>, enregistrerait {replies} et ignorerait {messages} (essai : rien n’a été écrit).</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_email.py" />
      <source>, recorded {replies}, skipped {messages}.</source>
      <translation> ; enregistré : {replies} ; ignoré : {messages}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/email_import.py" />
      <source>E-mail without a subject</source>
      <translation>E-mail sans objet</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/email_import.py" />
      <source>Give at least one .eml file to import.</source>
      <translation>Donnez au moins un fichier .eml à importer.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_email.py" />
      <source>Logged %n e-mails</source>
      <translation>
        <numerusform>%n e-mail enregistré</numerusform>
        <numerusform>%n e-mails enregistrés</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_email.py" />
      <source>New person: {name} &lt;{address}&gt;</source>
      <translation>Nouvelle personne : {name} &lt;{address}&gt;</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_email.py" />
      <source>Would log %n e-mails</source>
      <translation>
        <numerusform>Enregistrerait %n e-mail</numerusform>
        <numerusform>Enregistrerait %n e-mails</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/email_reading.py" />
      <source>{file} cannot be read: {reason}</source>
      <translation>{file} ne peut pas être lu : {reason}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/email_reading.py" />
      <source>{file} is an Outlook .msg file: in Outlook, use File &gt; Save As &gt; “Save as .eml” (or drag the message to a folder from another mail program), then import the .eml file.</source>
      <translation>{file} est un fichier Outlook .msg : dans Outlook, choisissez Fichier &gt; Enregistrer sous &gt; « Enregistrer au format .eml » (ou faites glisser le message vers un dossier depuis un autre logiciel de messagerie), puis importez le fichier .eml.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/email_reading.py" />
      <source>{file} is not an e-mail message (no sender or date found).</source>
      <translation>{file} n’est pas un e-mail (ni expéditeur ni date trouvés).</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/email_reading.py" />
      <source>{file} is too large to be an e-mail.</source>
      <translation>{file} est trop volumineux pour être un e-mail.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/email_import.py" />
      <source>{file} was sent by the shop, but the message it answers is not in the journal: import that message first.</source>
      <translation>{file} a été envoyé par le commerce, mais le message auquel il répond n’est pas dans le journal : importez d’abord ce message.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_email.py" />
      <source>{file}: already in the journal, skipped</source>
      <translation>{file} : déjà dans le journal, ignoré</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_email.py" />
      <source>{file}: new entry “{title}”</source>
      <translation>{file} : nouvelle entrée « {title} »</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/email_reading.py" />
      <source>{file}: the message does not say who sent it.</source>
      <translation>{file} : le message ne dit pas qui l’a envoyé.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/email_reading.py" />
      <source>{file}: the message has no date, or an impossible one.</source>
      <translation>{file} : le message n’a pas de date, ou une date impossible.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/email_import.py" />
      <source>{file}: the message is dated {date}, in the future.</source>
      <translation>{file} : le message est daté du {date}, dans le futur.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/email_reading.py" />
      <source>{file}: the message's text cannot be read ({reason}).</source>
      <translation>{file} : le texte du message ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_email.py" />
      <source>{file}: the shop's reply, a response to entry #{id}</source>
      <translation>{file} : la réponse du commerce, enregistrée pour l’entrée n° {id}</translation>
    </message>
  </context>
  <context>
    <name>export</name>
    <message>
      <location filename="../../cxjournal/io/json_export.py" />
      <source>An export can only be loaded into an empty journal; this one has data.</source>
      <translation>Un export ne peut être chargé que dans un journal vide ; celui-ci contient des données.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/privacy.py" />
      <source>Everything this journal holds about this person, confidential entries included. Those entries may name other people: remove their names before you send this file.</source>
      <translation>Tout ce que ce journal contient sur cette personne, entrées confidentielles comprises. Ces entrées peuvent nommer d'autres personnes : retirez leurs noms avant d'envoyer ce fichier.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/json_export.py" />
      <source>The export has an unknown column {table}.{name}.</source>
      <translation>L'export contient une colonne inconnue {table}.{name}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/json_export.py" />
      <source>The export is damaged and was not loaded: {reason}</source>
      <translation>L'export est endommagé et n'a pas été chargé : {reason}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/attachment_files.py" />
      <location filename="../../cxjournal/io/json_export.py" />
      <source>The folder {path} does not exist.</source>
      <translation>Le dossier {path} n’existe pas.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/json_export.py" />
      <source>This export comes from a newer CX Journal; update the app first.</source>
      <translation>Cet export vient d'une version plus récente de CX Journal ; mettez d'abord l'application à jour.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/json_export.py" />
      <source>{path} is a folder; give a file name to write to.</source>
      <translation>{path} est un dossier ; indiquez un nom de fichier où écrire.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/json_export.py" />
      <source>{path} is not a CX Journal export.</source>
      <translation>{path} n'est pas un export CX Journal.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/json_export.py" />
      <source>{path} is not a readable CX Journal export: {reason}</source>
      <translation>{path} n'est pas un export CX Journal lisible : {reason}</translation>
    </message>
  </context>
  <context>
    <name>feedback</name>
    <message>
      <location filename="../../cxjournal/ui/widgets/feedback.py" />
      <source>Cannot do that</source>
      <translation>Action impossible</translation>
    </message>
  </context>
  <context>
    <name>first_steps</name>
    <message>
      <location filename="../../cxjournal/ui/widgets/first_steps.py" />
      <source>New entry</source>
      <translation>Nouvelle entrée</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/first_steps.py" />
      <source>New entry ({keys})</source>
      <translation>Nouvelle entrée ({keys})</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/widgets/first_steps.py" />
      <source>Record what a customer or a staff member told you</source>
      <translation>Noter ce qu'un client ou un membre du personnel vous a dit</translation>
    </message>
  </context>
  <context>
    <name>help</name>
    <message>
      <location filename="../../cxjournal/ui/dialogs/help_page.py" />
      <source>A follow-up reminds you to call someone back or check how things went, once or repeatedly. When it is due it appears on Today and in a reminder: mark it done or snooze it.</source>
      <translation>Une relance vous rappelle de rappeler quelqu'un ou de vérifier comment les choses se sont passées, une fois ou régulièrement. À son échéance, elle apparaît dans Aujourd'hui et dans un rappel : marquez-la faite ou reportez-la.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/help_page.py" />
      <source>At the start of a month, open Reports, choose the monthly relationship report and the month, then print it or save it as a PDF to share with your team.</source>
      <translation>En début de mois, ouvrez Rapports, choisissez le rapport mensuel de la relation et le mois, puis imprimez-le ou enregistrez-le en PDF pour le partager avec votre équipe.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/help_page.py" />
      <source>CX Journal help</source>
      <translation>Aide de CX Journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/help_page.py" />
      <source>Each page's own keys are written in the tips of its buttons (point at one).</source>
      <translation>Les raccourcis propres à chaque page sont indiqués dans les info-bulles de ses boutons (pointez-en un).</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/help_page.py" />
      <source>Follow up</source>
      <translation>Relancer</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/help_page.py" />
      <source>How to use CX Journal</source>
      <translation>Utiliser CX Journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/help_page.py" />
      <source>Keep a promise</source>
      <translation>Tenir une promesse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/help_page.py" />
      <source>Keyboard shortcuts</source>
      <translation>Raccourcis clavier</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/help_page.py" />
      <source>Press Ctrl+N (or “New entry”) whenever a customer or a staff member tells you something: praise, a complaint, an idea, a concern. Choose the person (or type a new name), write a title, save. You can add a promise and a follow-up in the same step.</source>
      <translation>Appuyez sur Ctrl+N (ou sur « Nouvelle entrée ») chaque fois qu'un client ou un membre du personnel vous dit quelque chose : un compliment, une réclamation, une idée, un signalement. Choisissez la personne (ou tapez un nouveau nom), écrivez un titre, enregistrez. Vous pouvez ajouter une promesse et une relance dans la même étape.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/help_page.py" />
      <source>Record what was said</source>
      <translation>Noter ce qui a été dit</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/help_page.py" />
      <source>The Promises page lists what you promised, by date. Mark one kept, broken or cancelled, or agree on a new date; promises due show up on Today.</source>
      <translation>La page Promesses liste ce que vous avez promis, par date. Marquez une promesse tenue, non tenue ou annulée, ou convenez d'une nouvelle date ; les promesses à échéance apparaissent dans Aujourd'hui.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/help_page.py" />
      <source>The monthly report</source>
      <translation>Le rapport mensuel</translation>
    </message>
  </context>
  <context>
    <name>import</name>
    <message>
      <location filename="../../cxjournal/io/csv_people.py" />
      <source>A quote (") opened on line {line} is not closed properly: the rows after it would be read as one cell.</source>
      <translation>Un guillemet (") ouvert à la ligne {line} n'est pas correctement fermé : les lignes suivantes seraient lues comme une seule cellule.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/people_import.py" />
      <source>Already in the journal as {name}.</source>
      <translation>Déjà dans le journal sous le nom {name}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/entries_import.py" />
      <source>Already in the journal: {title}.</source>
      <translation>Déjà dans le journal : {title}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/entry_rows.py" />
      <source>Channel</source>
      <translation>Canal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/entry_rows.py" />
      <source>Confidential</source>
      <translation>Confidentiel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/people_import.py" />
      <source>First name</source>
      <translation>Prénom</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/entry_rows.py" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/people_import.py" />
      <source>Last name</source>
      <translation>Nom de famille</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/csv_people.py" />
      <source>Line {line} cannot be read as CSV: {reason}</source>
      <translation>La ligne {line} ne peut pas être lue comme du CSV : {reason}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/vcard_people.py" />
      <source>Line {line} of this vCard file cannot be read: “{text}”.</source>
      <translation>La ligne {line} de ce fichier vCard ne peut pas être lue : « {text} ».</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/vcard_people.py" />
      <source>Lines {lines} of this vCard file cannot be read (the first: “{text}”).</source>
      <translation>Les lignes {lines} de ce fichier vCard ne peuvent pas être lues (la première : « {text} »).</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/people_import.py" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/contact_values.py" />
      <source>Other e-mails: {values}</source>
      <translation>Autres e-mails : {values}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/contact_values.py" />
      <source>Other phones: {values}</source>
      <translation>Autres téléphones : {values}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/entries_import.py" />
      <source>Repeats line {line}: {title}.</source>
      <translation>Répète la ligne {line} : {title}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/people_import.py" />
      <source>Repeats {name}, earlier in the file.</source>
      <translation>Répète {name}, plus haut dans le fichier.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/entry_rows.py" />
      <source>Resolution time</source>
      <translation>Date de résolution</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/entry_rows.py" />
      <source>Response time</source>
      <translation>Date de réponse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/people_import.py" />
      <source>Role</source>
      <translation>Fonction</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/entry_rows.py" />
      <source>Satisfaction</source>
      <translation>Satisfaction</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/csv_people.py" />
      <source>Say which column holds the names: none was recognised.</source>
      <translation>Indiquez quelle colonne contient les noms : aucune n'a été reconnue.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/entries_import.py" />
      <source>Say which column holds “{field}”: none was recognised.</source>
      <translation>Indiquez quelle colonne contient « {field} » : aucune n'a été reconnue.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/entry_rows.py" />
      <source>Side</source>
      <translation>Côté</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/entry_rows.py" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/entry_rows.py" />
      <source>Tags</source>
      <translation>Étiquettes</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/csv_people.py" />
      <source>The characters of this file cannot be read.</source>
      <translation>Les caractères de ce fichier ne peuvent pas être lus.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/entries_import.py" />
      <source>The file has no column “{header}”; its columns are: {names}.</source>
      <translation>Le fichier n'a pas de colonne « {header} » ; ses colonnes sont : {names}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/vcard_people.py" />
      <source>The vCard that begins on line {line} never ends (no END:VCARD).</source>
      <translation>La vCard qui commence à la ligne {line} ne se termine jamais (pas de END:VCARD).</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/entries_import.py" />
      <source>This file holds no entry to import.</source>
      <translation>Ce fichier ne contient aucune entrée à importer.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/vcard_people.py" />
      <source>This file holds no vCard.</source>
      <translation>Ce fichier ne contient aucune vCard.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/people_import.py" />
      <source>This file holds nobody to import.</source>
      <translation>Ce fichier ne contient personne à importer.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/csv_people.py" />
      <source>This file is empty.</source>
      <translation>Ce fichier est vide.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/csv_people.py" />
      <source>This file is not a text file (it looks like a binary file).</source>
      <translation>Ce fichier n'est pas un fichier texte (il ressemble à un fichier binaire).</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/csv_people.py" />
      <source>This file is too large to import (over 50 MB).</source>
      <translation>Ce fichier est trop volumineux pour être importé (plus de 50 Mo).</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/entry_rows.py" />
      <source>Waiting on</source>
      <translation>En attente de</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/entry_rows.py" />
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/people_import.py" />
      <source>duplicates</source>
      <translation>doublons</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/entry_rows.py" />
      <source>status</source>
      <translation>statut</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/entry_rows.py" />
      <source>{label}: “{value}” is neither yes nor no.</source>
      <translation>{label} : « {value} » n'est ni oui ni non.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/csv_people.py" />
      <source>{path} cannot be read: {reason}</source>
      <translation>{path} ne peut pas être lu : {reason}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/io/entries_import.py" />
      <source>“{field}” is not a field; choose one of: {names}.</source>
      <translation>« {field} » n'est pas un champ ; choisissez parmi : {names}.</translation>
    </message>
  </context>
  <context>
    <name>journal_switch</name>
    <message>
      <location filename="../../cxjournal/ui/shell/journal_switch.py" />
      <source>That journal is open in another CX Journal window on this computer: it was brought forward. This window stays on its journal.</source>
      <translation>Ce journal est ouvert dans une autre fenêtre de CX Journal sur cet ordinateur : elle a été mise au premier plan. Cette fenêtre reste sur son journal.</translation>
    </message>
  </context>
  <context>
    <name>kiosk</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/kiosk/pages.py" />
      <source>%n rating(s) waiting to be saved</source>
      <translation>
        <numerusform>%n note en attente d'enregistrement</numerusform>
        <numerusform>%n notes en attente d'enregistrement</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/kiosk/window.py" />
      <source>Anything to add? Your answer is anonymous.</source>
      <translation>Quelque chose à ajouter ? Votre réponse est anonyme.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/kiosk/window.py" />
      <source>CX Journal kiosk</source>
      <translation>Borne CX Journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/kiosk/pin.py" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/kiosk/pin.py" />
      <source>Choose the owner's PIN (4 to 12 digits)</source>
      <translation>Choisissez le code PIN du responsable (4 à 12 chiffres)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/ratings.py" />
      <source>Cleanliness</source>
      <translation>Propreté</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/kiosk/pin.py" />
      <source>Erase</source>
      <translation>Effacer</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/kiosk/smiley.py" />
      <source>Happy</source>
      <translation>Content</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/kiosk/window.py" />
      <source>How was your visit today?</source>
      <translation>Comment s'est passée votre visite ?</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/ratings.py" />
      <source>How was your week?</source>
      <translation>Comment s'est passée votre semaine ?</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/kiosk/smiley.py" />
      <source>Key {key}</source>
      <translation>Touche {key}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/kiosk/pages.py" />
      <source>Leave a suggestion (anonymous)</source>
      <translation>Laisser une suggestion (anonyme)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/kiosk/pages.py" />
      <source>Leave the kiosk (owner's PIN)</source>
      <translation>Quitter la borne (code PIN du responsable)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/kiosk/pages.py" />
      <source>No thanks</source>
      <translation>Non merci</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/kiosk/pin.py" />
      <source>OK</source>
      <translation>Valider</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/kiosk/window.py" />
      <source>Or tell us (optional)</source>
      <translation>Ou dites-le-nous (facultatif)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/kiosk/pages.py" />
      <source>Owner</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/kiosk/pin.py" />
      <source>Owner's PIN</source>
      <translation>Code PIN du responsable</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/kiosk/pin.py" />
      <source>PIN</source>
      <translation>Code PIN</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/kiosk/pin.py" />
      <source>PIN again</source>
      <translation>Code PIN à nouveau</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/ratings.py" />
      <source>Price</source>
      <translation>Prix</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/ratings.py" />
      <source>Product</source>
      <translation>Produit</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/kiosk/pages.py" />
      <source>Send</source>
      <translation>Envoyer</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/kiosk/pages.py" />
      <source>Thank you!</source>
      <translation>Merci !</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/kiosk/pin.py" />
      <source>The two PINs differ; type them again.</source>
      <translation>Les deux codes diffèrent ; saisissez-les à nouveau.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/kiosk/smiley.py" />
      <source>Unhappy</source>
      <translation>Mécontent</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/kiosk/smiley.py" />
      <source>Very happy</source>
      <translation>Très content</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/kiosk/smiley.py" />
      <source>Very unhappy</source>
      <translation>Très mécontent</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/ratings.py" />
      <source>Waiting time</source>
      <translation>Temps d'attente</translation>
    </message>
    <message>
      <location filename="../../cxjournal/services/ratings.py" />
      <source>Welcome</source>
      <translation>Accueil</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/kiosk/window.py" />
      <source>What could we do better?</source>
      <translation>Que pourrions-nous améliorer ?</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/kiosk/pin.py" />
      <source>Wrong PIN.</source>
      <translation>Code PIN incorrect.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/kiosk/pin.py" />
      <source>Wrong PIN. Try again in %n second(s).</source>
      <translation>
        <numerusform>Code PIN incorrect. Réessayez dans %n seconde.</numerusform>
        <numerusform>Code PIN incorrect. Réessayez dans %n secondes.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/kiosk/pages.py" />
      <location filename="../../cxjournal/ui/kiosk/window.py" />
      <source>Your comment (optional)</source>
      <translation>Votre commentaire (facultatif)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/kiosk/window.py" />
      <source>Your suggestion</source>
      <translation>Votre suggestion</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/kiosk/window.py" />
      <source>Your suggestion. Nobody will know who wrote it.</source>
      <translation>Votre suggestion. Personne ne saura qui l'a écrite.</translation>
    </message>
  </context>
  <context>
    <name>menus</name>
    <message>
      <location filename="../../cxjournal/ui/shell/menus.py" />
      <source>&amp;About CX Journal</source>
      <translation>À &amp;propos de CX Journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/menus.py" />
      <source>&amp;Edit</source>
      <translation>É&amp;dition</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/menus.py" />
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/menus.py" />
      <source>&amp;Go</source>
      <translation>&amp;Aller à</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/menus.py" />
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/menus.py" />
      <source>&amp;Kiosk mode</source>
      <translation>Mode &amp;borne</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/menus.py" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/menus.py" />
      <source>&amp;Staff pulse kiosk</source>
      <translation>Borne du &amp;baromètre du personnel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/menus.py" />
      <source>&amp;Trash…</source>
      <translation>&amp;Corbeille…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/menus.py" />
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/menus.py" />
      <source>CX Journal &amp;help</source>
      <translation>&amp;Aide de CX Journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/session.py" />
      <source>Close the journal on this computer and forget the password it remembered for your account; the next person signs in with their own.</source>
      <translation>Fermer le journal sur cet ordinateur et oublier le mot de passe qu’il a retenu pour votre compte ; la personne suivante se connecte avec le sien.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/menus.py" />
      <source>Open a &amp;shared journal…</source>
      <translation>Ouvrir un journal &amp;partagé…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/menus.py" />
      <source>Open the &amp;data folder</source>
      <translation>Ouvrir le dossier des &amp;données</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/menus.py" />
      <source>Open the &amp;error log folder</source>
      <translation>Ouvrir le dossier du journal d'&amp;erreurs</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/session.py" />
      <source>S&amp;witch user…</source>
      <translation>Changer d’&amp;utilisateur…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/session.py" />
      <source>Sign &amp;out</source>
      <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/menus.py" />
      <source>T&amp;ags…</source>
      <translation>É&amp;tiquettes…</translation>
    </message>
  </context>
  <context>
    <name>refused</name>
    <message>
      <location filename="../../cxjournal/ui/dialogs/refused_dialog.py" />
      <source>CX Journal backups (*.db *.sqlite *.bak);;All files (*)</source>
      <translation>Sauvegardes CX Journal (*.db *.sqlite *.bak);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/refused_dialog.py" />
      <source>CX Journal files (*.db);;All files (*)</source>
      <translation>Fichiers CX Journal (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/refused_dialog.py" />
      <source>Choose a backup to restore</source>
      <translation>Choisir une sauvegarde à restaurer</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/refused_dialog.py" />
      <source>Create a new journal</source>
      <translation>Créer un nouveau journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/refused_dialog.py" />
      <source>Create a new journal…</source>
      <translation>Créer un nouveau journal…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/refused_dialog.py" />
      <source>Open another file…</source>
      <translation>Ouvrir un autre fichier…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/refused_dialog.py" />
      <source>Open or create a journal</source>
      <translation>Ouvrir ou créer un journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/refused_dialog.py" />
      <source>Quit</source>
      <translation>Quitter</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/refused_dialog.py" />
      <source>Restore a backup…</source>
      <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/refused_dialog.py" />
      <source>The journal cannot be opened</source>
      <translation>Le journal ne peut pas être ouvert</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/refused_dialog.py" />
      <source>What would you like to do?</source>
      <translation>Que souhaitez-vous faire ?</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/dialogs/refused_dialog.py" />
      <source>{name} already exists. Choose a name for the new journal that is not used yet.</source>
      <translation>{name} existe déjà. Choisissez pour le nouveau journal un nom qui n'est pas encore utilisé.</translation>
    </message>
  </context>
  <context>
    <name>reports</name>
    <message numerus="yes">
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>%n customers</source>
      <translation>
        <numerusform>%n client</numerusform>
        <numerusform>%n clients</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/reports/monthly.py" />
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>%n entries</source>
      <translation>
        <numerusform>%n entrée</numerusform>
        <numerusform>%n entrées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>%n months</source>
      <translation>
        <numerusform>%n mois</numerusform>
        <numerusform>%n mois</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>%n open problems</source>
      <translation>
        <numerusform>%n problème en cours</numerusform>
        <numerusform>%n problèmes en cours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>%n open promises</source>
      <translation>
        <numerusform>%n promesse en cours</numerusform>
        <numerusform>%n promesses en cours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>%n people are kept past these periods by the owner's decision:</source>
      <translation>
        <numerusform>%n personne est conservée au-delà de ces durées par décision du responsable :</numerusform>
        <numerusform>%n personnes sont conservées au-delà de ces durées par décision du responsable :</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>%n staff concerns</source>
      <translation>
        <numerusform>%n préoccupation du personnel</numerusform>
        <numerusform>%n préoccupations du personnel</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>%n staff members</source>
      <translation>
        <numerusform>%n membre du personnel</numerusform>
        <numerusform>%n membres du personnel</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>%n years</source>
      <translation>
        <numerusform>%n an</numerusform>
        <numerusform>%n ans</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>(the shop's name is not set)</source>
      <translation>(le nom du commerce n’est pas renseigné)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>A journal file: anyone who can use the computer account holding it can read it. Use separate system accounts, or a shared journal with roles, when staff use that computer.</source>
      <translation>Un fichier journal : toute personne qui peut utiliser le compte de l’ordinateur qui le contient peut le lire. Utilisez des comptes système séparés, ou un journal partagé avec des rôles, quand le personnel utilise cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>A shared journal on a database server: the server's accounts, each with a role. Only an owner may list them: ask an owner to make this record.</source>
      <translation>Un journal partagé sur un serveur de base de données : les comptes du serveur, chacun avec un rôle. Seul un propriétaire peut les lister : demandez à un propriétaire d’établir ce registre.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>Advised: staff concerns may hold health data, a special category of data (GDPR article 9). Carry out a data protection impact assessment.</source>
      <translation>Conseillée : les préoccupations du personnel peuvent contenir des données de santé, une catégorie particulière de données (article 9 du RGPD). Réalisez une analyse d’impact relative à la protection des données.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>Age</source>
      <translation>Ancienneté</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly_gestures.py" />
      <source>All</source>
      <translation>Ensemble</translation>
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
      <location filename="../../cxjournal/reports/monthly_gestures.py" />
      <source>Amounts given when resolving an entry that month (refunds, gifts, repairs), and amounts on promises made that month (cancelled ones left out).</source>
      <translation>Montants donnés en résolvant une entrée ce mois-ci (remboursements, cadeaux, réparations), et montants des promesses faites ce mois-ci (sauf les promesses annulées).</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Anonymous</source>
      <translation>Anonyme</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly_targets.py" />
      <source>Answered in time</source>
      <translation>Répondu à temps</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly_targets.py" />
      <source>Answered within target</source>
      <translation>Réponse dans le délai</translation>
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
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>Categories of people and data</source>
      <translation>Catégories de personnes et de données</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Change</source>
      <translation>Évolution</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly_together.py" />
      <source>Complaints (customer entries)</source>
      <translation>Réclamations (entrées de clients)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Complaints opened</source>
      <translation>Nouvelles réclamations</translation>
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
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>Controller</source>
      <translation>Responsable du traitement</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly_gestures.py" />
      <source>Cost</source>
      <translation>Coût</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly_gestures.py" />
      <source>Count</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Customer complaints</source>
      <translation>Réclamations des clients</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>Customer relationship: feedback, complaints, promises and follow-ups.</source>
      <translation>Relation client : avis, réclamations, promesses et suivis.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Customer satisfaction</source>
      <translation>Satisfaction des clients</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly_together.py" />
      <source>Customer satisfaction /5 (rated)</source>
      <translation>Satisfaction des clients /5 (notées)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/charts.py" />
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Customers</source>
      <translation>Clients</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Customers: %n entries</source>
      <translation>
        <numerusform>Clients : %n entrée</numerusform>
        <numerusform>Clients : %n entrées</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>Customers: {period} after their last own contact.</source>
      <translation>Clients : {period} après leur dernier contact de leur initiative.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>Data protection impact assessment</source>
      <translation>Analyse d’impact relative à la protection des données</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly_happy_days.py" />
      <source>Day</source>
      <translation>Jour</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly_together.py" />
      <source>Demo data: these figures come from the demo journal.</source>
      <translation>Données de démonstration : ces chiffres viennent du journal de démonstration.</translation>
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
      <location filename="../../cxjournal/reports/monthly_targets.py" />
      <source>Entries of the month with a target, counted in opening hours and paused while waiting; those still within their time are left out until done or late.</source>
      <translation>Entrées du mois qui ont un délai, compté en heures d’ouverture et mis en pause pendant l’attente ; celles encore dans leur délai sont laissées de côté jusqu’à ce qu’elles soient traitées ou en retard.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/charts.py" />
      <source>Entries per week</source>
      <translation>Entrées par semaine</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>Erasure removes a person for good, search index and free pages included.</source>
      <translation>L’effacement supprime une personne définitivement, index de recherche et pages libres compris.</translation>
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
      <source>Files:</source>
      <translation>Fichiers :</translation>
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
      <location filename="../../cxjournal/reports/common.py" />
      <source>Generated on {date}</source>
      <translation>Généré le {date}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly_together.py" />
      <source>Happy Index</source>
      <translation>Indice de bonheur</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly_together.py" />
      <source>Happy Index /100 (ratings)</source>
      <translation>Indice de bonheur /100 (avis)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/reports/monthly_happy_map.py" />
      <source>Happy Index of the month: {index}/100 from %n ratings.</source>
      <translation>
        <numerusform>Indice de bonheur du mois : {index}/100 sur %n avis.</numerusform>
        <numerusform>Indice de bonheur du mois : {index}/100 sur %n avis.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Highlights</source>
      <translation>Temps forts</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>How long data is kept</source>
      <translation>Durée de conservation</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly_together.py" />
      <source>How the staff side and the customer side moved over the last 12 months.</source>
      <translation>Comment le côté personnel et le côté clients ont évolué sur les 12 derniers mois.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly_together.py" />
      <source>In brackets: how many events each figure rests on. A month's figure needs at least 3 events; with fewer it shows a dash.</source>
      <translation>Entre parenthèses : le nombre d'événements sur lequel repose chaque chiffre. Le chiffre d'un mois demande au moins 3 événements ; en dessous, un tiret.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>In the journal since</source>
      <translation>Dans le journal depuis le</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly_happy_days.py" />
      <source>Index</source>
      <translation>Indice</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Kept on time</source>
      <translation>Tenues à temps</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly_gestures.py" />
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Last contact {date}</source>
      <translation>Dernier contact le {date}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly_together.py" />
      <source>Links are read after removing each series' trend, and only survive as clear after a correction for the number of pairs tested. Moving together is not a cause.</source>
      <translation>Les liens sont lus après avoir retiré la tendance de chaque série, et ne restent nets qu'après une correction pour le nombre de paires testées. Évoluer ensemble n'est pas une cause.</translation>
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
      <location filename="../../cxjournal/reports/monthly_together.py" />
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
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>Names, contact details, what was said and done, dates.</source>
      <translation>Noms, coordonnées, ce qui a été dit et fait, dates.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>No complaint or concern was open.</source>
      <translation>Aucune réclamation ni aucun signalement n'était ouvert.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>No contact yet</source>
      <translation>Aucun contact pour l’instant</translation>
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
      <location filename="../../cxjournal/reports/monthly_gestures.py" />
      <source>No goodwill gesture with an amount this month.</source>
      <translation>Aucun geste commercial avec un montant ce mois-ci.</translation>
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
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>Nobody is kept past these periods.</source>
      <translation>Personne n’est conservé au-delà de ces durées.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>Not advised while no staff concern is recorded.</source>
      <translation>Non nécessaire tant qu’aucune préoccupation du personnel n’est enregistrée.</translation>
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
      <location filename="../../cxjournal/reports/monthly_together.py" />
      <source>Nothing recorded over these months.</source>
      <translation>Rien de noté sur ces mois.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Nothing to show.</source>
      <translation>Rien à afficher.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>On a server: each person signs in with their own account; connections use TLS.</source>
      <translation>Sur un serveur : chaque personne se connecte avec son propre compte ; les connexions utilisent TLS.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>Open complaints and concerns</source>
      <translation>Réclamations et signalements encore en cours</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Opened</source>
      <translation>Ouvert le</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <location filename="../../cxjournal/ui/pages/people_page.py" />
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
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>Personal data (GDPR)</source>
      <translation>Données personnelles (RGPD)</translation>
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
      <location filename="../../cxjournal/reports/monthly_gestures.py" />
      <source>Promised amounts</source>
      <translation>Montants promis</translation>
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
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>Promises kept on time</source>
      <translation>Promesses tenues à temps</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly_together.py" />
      <source>Promises kept on time (%), 12 months</source>
      <translation>Promesses tenues à temps (%), 12 mois</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Promises kept on time, six months</source>
      <translation>Promesses tenues à temps, sur six mois</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>Purposes</source>
      <translation>Finalités</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly_happy_days.py" />
      <source>Ratings</source>
      <translation>Avis</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>Record of processing</source>
      <translation>Registre des traitements</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <location filename="../../cxjournal/ui/widgets/person_view.py" />
      <source>Recorded by</source>
      <translation>Saisi par</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly_together.py" />
      <source>Recovered after a complaint</source>
      <translation>Satisfaits après une réclamation</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly_together.py" />
      <source>Recovered: complaints resolved that month whose customer, asked some days later, said 4 or 5 out of 5, among those who answered.</source>
      <translation>Satisfaits : réclamations résolues ce mois-là dont le client, interrogé quelques jours plus tard, a répondu 4 ou 5 sur 5, parmi ceux qui ont répondu.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Resolution:</source>
      <translation>Résolution :</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly_targets.py" />
      <source>Resolved within target</source>
      <translation>Résolu dans le délai</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Response and resolution times are medians over the month's entries that were answered or resolved.</source>
      <translation>Les délais de réponse et de résolution sont des médianes sur les entrées du mois qui ont reçu une réponse ou ont été résolues.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Response, {when}, by {name}:</source>
      <translation>Réponse, {when}, par {name} :</translation>
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
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>Security measures</source>
      <translation>Mesures de sécurité</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <location filename="../../cxjournal/reports/monthly_gestures.py" />
      <location filename="../../cxjournal/reports/monthly_targets.py" />
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
      <location filename="../../cxjournal/reports/monthly_together.py" />
      <source>Staff and customers together</source>
      <translation>Ensemble, personnel et clients</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Staff and customers, month by month</source>
      <translation>Personnel et clients, mois par mois</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>Staff as internal customers: concerns, requests, ideas and check-ins.</source>
      <translation>Le personnel comme client interne : préoccupations, demandes, idées et points réguliers.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>Staff concerns may hold health data (a special category).</source>
      <translation>Les préoccupations du personnel peuvent contenir des données de santé (une catégorie particulière).</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Staff concerns opened</source>
      <translation>Nouveaux signalements du personnel</translation>
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
      <location filename="../../cxjournal/reports/monthly_together.py" />
      <source>Staff pulse</source>
      <translation>Pouls du personnel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly_together.py" />
      <source>Staff pulse /100 (answers)</source>
      <translation>Pouls du personnel /100 (réponses)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly_together.py" />
      <source>Staff pulse and Happy Index, 12 months</source>
      <translation>Pouls du personnel et indice de bonheur, 12 mois</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly_together.py" />
      <source>Staff pulse: shown only for months with at least {minimum} answers, so that no answer can be told apart; with three people, a colleague can still guess the others'.</source>
      <translation>Pouls du personnel : affiché seulement pour les mois d'au moins {minimum} réponses, pour qu'aucune réponse ne puisse être isolée ; à trois, un collègue peut encore deviner celles des autres.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Staff satisfaction</source>
      <translation>Satisfaction du personnel</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Staff: %n entries</source>
      <translation>
        <numerusform>Personnel : %n entrée</numerusform>
        <numerusform>Personnel : %n entrées</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly_together.py" />
      <source>Staff: first answer, median (answered)</source>
      <translation>Personnel : première réponse, médiane (répondues)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly_together.py" />
      <source>Staff: promises kept (settled)</source>
      <translation>Personnel : promesses tenues (réglées)</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>Staff: {period} after their last entry.</source>
      <translation>Personnel : {period} après leur dernière entrée.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <location filename="../../cxjournal/reports/person_history.py" />
      <location filename="../../cxjournal/ui/pages/today.py" />
      <location filename="../../cxjournal/ui/widgets/person_view.py" />
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
      <location filename="../../cxjournal/reports/monthly_happy_map.py" />
      <source>The Happy Index by weekday and hour of the day (0-100); blank: fewer than {least} ratings at that hour.</source>
      <translation>L’indice de bonheur par jour de la semaine et par heure (0-100) ; vide : moins de {least} avis à cette heure-là.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly_happy_map.py" />
      <source>The Happy Index day by day (0-100) and how many ratings it rests on; blank: fewer than {least} ratings that day.</source>
      <translation>L’indice de bonheur jour par jour (0-100) et le nombre d’avis sur lequel il repose ; vide : moins de {least} avis ce jour-là.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>The journal file, its backups and exports are private to their owner (0600).</source>
      <translation>Le fichier journal, ses sauvegardes et ses exports ne sont lisibles que par leur propriétaire (0600).</translation>
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
      <location filename="../../cxjournal/reports/monthly_together.py" />
      <source>To customers</source>
      <translation>Aux clients</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly_together.py" />
      <source>To staff</source>
      <translation>Au personnel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <location filename="../../cxjournal/reports/monthly_gestures.py" />
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
      <location filename="../../cxjournal/ui/pages/today.py" />
      <location filename="../../cxjournal/ui/widgets/person_view.py" />
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly_gestures.py" />
      <source>What goodwill gestures cost</source>
      <translation>Ce que coûtent les gestes commerciaux</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly_together.py" />
      <source>What moved together</source>
      <translation>Ce qui a évolué ensemble</translation>
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
      <location filename="../../cxjournal/reports/monthly_happy_map.py" />
      <source>When customers were least happy</source>
      <translation>Quand les clients ont été le moins contents</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <location filename="../../cxjournal/reports/weekly_sheet.py" />
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>Who has access</source>
      <translation>Qui y a accès</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>average satisfaction {score} / 5</source>
      <translation>satisfaction moyenne {score} / 5</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>confidential</source>
      <translation>confidentiel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>counter: customers only, no confidential entry</source>
      <translation>comptoir : clients seulement, aucune entrée confidentielle</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>customer</source>
      <translation>client</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>kept until {day}</source>
      <translation>conservation jusqu’au {day}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>kept until {day}: {reason}</source>
      <translation>conservation jusqu’au {day} : {reason}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>kept: {reason}</source>
      <translation>conservation : {reason}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>kiosk: records ratings and pulse answers, reads nothing</source>
      <translation>borne : enregistre les notes et les réponses au baromètre, ne lit rien</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>manager: every entry, staff included; reports</source>
      <translation>responsable : toutes les entrées, personnel compris ; rapports</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>no figure for {month}</source>
      <translation>pas de chiffre pour {month}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>owner: everything, accounts and settings</source>
      <translation>propriétaire : tout, comptes et réglages</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>staff</source>
      <translation>personnel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>today</source>
      <translation>aujourd'hui</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>{change} vs {month}</source>
      <translation>{change} par rapport à {month}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>{customers}, {staff}; {entries}, {concerns}.</source>
      <translation>{customers}, {staff} ; {entries}, {concerns}.</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/weekly_sheet.py" />
      <source>{first} to {last}</source>
      <translation>du {first} au {last}</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>{name} ({side}), period ended {ended}; {why}.</source>
      <translation>{name} ({side}), durée écoulée le {ended} ; {why}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>{points} pts</source>
      <translation>
        <numerusform>{points} pt</numerusform>
        <numerusform>{points} pts</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>{rate} ({kept} of {count})</source>
      <translation>{rate} ({kept} sur {count})</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly_targets.py" />
      <source>{rate} ({within} of {count})</source>
      <translation>{rate} ({within} sur {count})</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly_together.py" />
      <source>{satisfied} of {answered} ({rate})</source>
      <translation>{satisfied} sur {answered} ({rate})</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>{score} / 5</source>
      <translation>{score} / 5</translation>
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>“{quote}”</source>
      <translation>« {quote} »</translation>
    </message>
  </context>
  <context>
    <name>restore</name>
    <message>
      <location filename="../../cxjournal/io/restoring.py" />
      <source>{path} is a backup of another journal, not of this one. Nothing was restored.</source>
      <translation>{path} est une sauvegarde d’un autre journal, pas de celui-ci. Rien n’a été restauré.</translation>
    </message>
  </context>
  <context>
    <name>sign_in</name>
    <message>
      <location filename="../../cxjournal/ui/dialogs/sign_in.py" />
      <source>&amp;Remember on this computer</source>
      <translation>&amp;Mémoriser sur cet ordinateur</translation>
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
      <location filename="../../cxjournal/ui/shell/tray.py" />
      <source>CX Journal</source>
      <translation>CX Journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/tray.py" />
      <source>New entry…</source>
      <translation>Nouvelle entrée…</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/tray.py" />
      <source>Open CX Journal</source>
      <translation>Ouvrir CX Journal</translation>
    </message>
    <message>
      <location filename="../../cxjournal/ui/shell/tray.py" />
      <source>Quit</source>
      <translation>Quitter</translation>
    </message>
  </context>
  <context>
    <name>upgrade</name>
    <message>
      <location filename="../../cxjournal/store/migrations.py" />
      <source>The journal on the server was upgraded to this version of CX Journal. A copy of it as it was is kept on this computer: {path} (to go back, copy-to it into an empty database).</source>
      <translation>Le journal sur le serveur a été mis à jour pour cette version de CX Journal. Une copie de son état précédent est gardée sur cet ordinateur : {path} (pour revenir en arrière, copiez-la avec copy-to dans une base de données vide).</translation>
    </message>
  </context>
  <context>
    <name>vocabulary</name>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Anonymous</source>
      <translation>Anonyme</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Assigned to</source>
      <translation>Confié à</translation>
    </message>
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
      <source>Channel</source>
      <translation>Canal</translation>
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
      <source>Confidential</source>
      <translation>Confidentiel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Customer</source>
      <translation>Client</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Department</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Details</source>
      <translation>Détails</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Done on</source>
      <translation>Faite le</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>E-mail message</source>
      <translation>Message e-mail</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Entry</source>
      <translation>Entrée</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Every two weeks</source>
      <translation>Toutes les deux semaines</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>First due date</source>
      <translation>Échéance initiale</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>First response</source>
      <translation>Première réponse</translation>
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
      <source>In the trash since</source>
      <translation>Dans la corbeille depuis</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Kept</source>
      <translation>Tenue</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Kept, broken or cancelled on</source>
      <translation>Tenue, rompue ou annulée le</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Low</source>
      <translation>Basse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Made on</source>
      <translation>Faite le</translation>
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
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Notes</source>
      <translation>Notes</translation>
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
      <source>Origin</source>
      <translation>Origine</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Person</source>
      <translation>Personne</translation>
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
      <source>Priority</source>
      <translation>Priorité</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Promise</source>
      <translation>Promesse</translation>
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
      <source>Repeats</source>
      <translation>Répétition</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Request</source>
      <translation>Demande</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Resolution</source>
      <translation>Résolution</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Resolved</source>
      <translation>Résolue</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Resolved or closed on</source>
      <translation>Résolue ou classée sans suite le</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Response</source>
      <translation>Réponse</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Satisfaction</source>
      <translation>Satisfaction</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Series</source>
      <translation>Série</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Series start</source>
      <translation>Début de la série</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Side</source>
      <translation>Côté</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Snoozed until</source>
      <translation>Reportée jusqu'au</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Staff</source>
      <translation>Personnel</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Status</source>
      <translation>Statut</translation>
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
      <source>Tags</source>
      <translation>Étiquettes</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Urgent</source>
      <translation>Urgente</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Waiting</source>
      <translation>En attente</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Waiting on</source>
      <translation>En attente de</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Waiting periods</source>
      <translation>Périodes d’attente</translation>
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Weekly</source>
      <translation>Hebdomadaire</translation>
    </message>
  </context>
</TS>
