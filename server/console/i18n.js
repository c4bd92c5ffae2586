// SPDX-License-Identifier: GPL-3.0-or-later
// Every string the staff console shows, in French (the default) and Dutch, and the few
// formatters that depend on the language (times, ages, language names).
//
// DRAFT TRANSLATIONS: both the French and the Dutch below were written by developers and are
// drafts until a native speaker of each (Brussels French, Flemish Dutch) has reviewed them with
// the staff who use the console. Keep the keys identical in both languages.

/** The staff console's languages, each named in its own language for the switch button. */
export const LANGUAGES = {
    fr: { name: 'Français', switchTo: 'Passer en français' },
    nl: { name: 'Nederlands', switchTo: 'Overschakelen naar het Nederlands' },
};

const STRINGS = {
    fr: {
        'app.title': 'Guichet — console du personnel',
        'signin.heading': 'Connexion',
        'signin.help': 'Collez ici le jeton du personnel que l’administrateur vous a donné.',
        'signin.token': 'Jeton du personnel',
        'signin.submit': 'Se connecter',
        'signin.empty': 'Entrez votre jeton du personnel.',
        'signin.wrong': 'Ce jeton n’est pas reconnu. Vérifiez-le et réessayez.',
        'signin.notStaff': 'Ce jeton est celui d’une borne, pas du personnel. Utilisez un jeton du personnel.',
        'signin.expired': 'Votre session a pris fin. Reconnectez-vous.',
        'signin.checking': 'Vérification…',
        'signin.revoked': 'Ce jeton a été révoqué : il ne donne plus accès. Demandez-en un nouveau à l’administrateur.',
        'day.pickDate': 'Choisissez une date.',
        'action.booked': 'Remettre « réservé »',
        'action.named': '{action} — rendez-vous {code}, {time}',
        'confirm.title': 'Annuler ce rendez-vous ?',
        'confirm.text': 'Le rendez-vous {code} de {time} sera annulé et sa place libérée pour un autre visiteur.',
        'confirm.yes': 'Oui, annuler le rendez-vous',
        'confirm.no': 'Non, le garder',
        'save.done': 'Enregistré ✓',
        'save.network': 'Non enregistré : le serveur ne répond pas. Réessayez.',
        'save.unavailable': 'Non enregistré : le serveur est momentanément indisponible. Réessayez.',
        'save.slotFull': 'Non enregistré : la place a été prise depuis l’annulation. Le rendez-vous reste annulé.',
        'save.changedElsewhere': 'Non enregistré : un autre poste l’a changé entre-temps. Voici son état actuel.',
        'save.gone': 'Non enregistré : ce rendez-vous n’existe plus.',
        'save.failed': 'Non enregistré ({reason}). Réessayez.',
        'alerts.elsewhere': 'Alertes ouvertes dans les autres bureaux : {count}',
        'alert.kioskAt': 'Borne {kiosk}, {office}',
        'alert.take': 'Pris en charge',
        'alert.takeNamed': '{take} : {what}, borne {kiosk}',
        'alert.alreadyTaken': 'Cette alerte avait déjà été prise en charge à {time} par un autre poste.',
        'title.calls': '({count}) Appel à l’aide — {title}',
        'fleet.office': 'Bureau',
        'error.slot_full': 'La place n’est plus libre',
        'error.status_changed': 'Un autre poste l’a changé entre-temps',
        'signout': 'Se déconnecter',
        'nav.label': 'Pages de la console',
        'nav.day': 'Rendez-vous et bornes',
        'nav.content': 'Contenu des bornes',
        'day.heading': 'Rendez-vous du jour',
        'day.office': 'Bureau',
        'day.date': 'Date',
        'day.prev': '◀ Jour précédent',
        'day.today': 'Aujourd’hui',
        'day.next': 'Jour suivant ▶',
        'day.empty': 'Aucun rendez-vous ce jour-là.',
        'day.loading': 'Chargement…',
        'day.summary': 'Rendez-vous : {total} · venus : {attended} · pas venus : {no_show} · attendus : {booked}',
        'day.caption': 'Rendez-vous du {date}, {office}',
        'col.code': 'Code',
        'col.time': 'Heure',
        'col.service': 'Service',
        'col.language': 'Langue',
        'col.phone': 'Téléphone',
        'col.name': 'Nom',
        'col.status': 'État',
        'col.actions': 'Actions',
        'status.booked': 'Réservé',
        'status.attended': 'Venu',
        'status.no_show': 'Pas venu',
        'status.cancelled': 'Annulé',
        'action.attended': 'Venu',
        'action.no_show': 'Pas venu',
        'action.cancelled': 'Annuler',
        'ics': 'Exporter 7 jours (agenda .ics)',
        'ics.done': 'Agenda du {from} au {to} téléchargé.',
        'alerts.heading': 'Alertes des bornes',
        'alerts.empty': 'Aucune alerte ouverte pour ce bureau.',
        'alert.call_staff': 'Un visiteur demande de l’aide',
        'alert.conflict': 'Conflit de réservation : à vérifier',
        'alert.other': 'Alerte : {reason}',
        'alert.kiosk': 'Borne {kiosk}',
        'alert.details': 'Rendez-vous {code} · à rappeler au {phone}',
        'fleet.heading': 'Bornes',
        'fleet.empty': 'Aucune borne ne s’est encore signalée.',
        'fleet.kiosk': 'Borne',
        'fleet.state': 'État',
        'fleet.heartbeat': 'Dernier signal',
        'fleet.pack': 'Version du contenu',
        'fleet.outbox': 'En attente d’envoi',
        'fleet.speech': 'Voix',
        'fleet.printer': 'Imprimante',
        'fleet.online': 'En ligne',
        'fleet.offline': 'Hors ligne',
        'fleet.never': 'jamais',
        'fleet.latest': 'Contenu à jour',
        'fleet.isLatest': 'oui',
        'fleet.notLatest': 'non (la dernière est {version})',
        'fleet.refusal': 'Dernier contenu refusé',
        'content.heading': 'Publier un nouveau contenu',
        'content.intro': 'Les bornes montrent le contenu publié ici : textes, horaires, bureaux et services. Choisissez l’archive signée faite avec guichet-pack build : vous verrez ce qui change avant de publier.',
        'content.current': 'Version publiée actuellement : {version}',
        'content.none': 'Aucun contenu n’a encore été publié.',
        'content.file': 'Archive signée (.tar.gz)',
        'content.choose': 'Choisir un fichier…',
        'content.noFile': 'Aucun fichier choisi',
        'content.help': 'Le fichier fait par « guichet-pack build », de 64 Mio au plus.',
        'content.tooLarge': 'Ce fichier dépasse 64 Mio : le serveur le refuserait.',
        'content.unreadable': 'Ce fichier ne peut pas être lu.',
        'content.checking': 'Vérification de l’archive…',
        'content.refused': 'Cette archive ne peut pas être publiée',
        'content.field.body': 'Ce fichier n’est pas une archive de contenu',
        'content.field.signature': 'La signature est refusée',
        'content.field.version': 'Le numéro de version n’est pas valable',
        'content.field.pack': 'Le contenu comporte des erreurs',
        'preview.heading': 'Aperçu de la version {version}',
        'preview.version': 'Version',
        'preview.expires': 'Valable jusqu’au',
        'preview.expiresOn': '{date} ({relative})',
        'preview.languages': 'Langues',
        'preview.against': 'Comparée à',
        'preview.againstNone': 'rien : ce sera le premier contenu publié',
        'preview.againstVersion': 'la version publiée {version}',
        'preview.changes': 'Ce qui change pour les bornes',
        'preview.compareError': 'Raison :',
        'preview.publish': 'Publier la version {version}',
        'publish.publishing': 'Publication de la version {version}…',
        'publish.done': 'Version {version} publiée. Les bornes la téléchargeront dans les 5 minutes et l’installeront dès que personne ne les utilise.',
        'publish.again': 'La version {version} était déjà publiée : rien n’a changé.',
        'colon': ' : ',
        'yes': 'oui',
        'no': 'non',
        'unknown': '—',
        'updated': 'Mis à jour à {time}. Actualisation automatique toutes les 5 secondes.',
        'error.network': 'Le serveur ne répond pas. Nouvel essai dans quelques secondes.',
        'error.http': 'Le serveur a répondu par une erreur ({status}).',
        'error.invalid': 'Le serveur a refusé la demande',
        'error.forbidden': 'Ce jeton ne permet pas cette action',
        'error.not_found': 'Introuvable, peut-être supprimé entre-temps',
        'error.too_many_requests': 'Trop de demandes : patientez quelques secondes',
        'error.unavailable': 'Le serveur est momentanément indisponible : nouvel essai automatique',
        'error.too_large': 'Le fichier est trop grand',
        'error.expired': 'Ce contenu a expiré : refaites l’archive avec une date d’expiration plus lointaine',
        'error.stale_version': 'Cette version n’est pas plus récente que la dernière publiée : donnez-lui un numéro plus grand',
        'error.version_exists': 'Cette version a déjà été publiée avec un autre contenu : donnez-lui un nouveau numéro',
    },
    nl: {
        'app.title': 'Guichet — personeelsconsole',
        'signin.heading': 'Aanmelden',
        'signin.help': 'Plak hier het personeelstoken dat u van de beheerder kreeg.',
        'signin.token': 'Personeelstoken',
        'signin.submit': 'Aanmelden',
        'signin.empty': 'Vul uw personeelstoken in.',
        'signin.wrong': 'Dit token wordt niet herkend. Controleer het en probeer opnieuw.',
        'signin.notStaff': 'Dit token hoort bij een kiosk, niet bij het personeel. Gebruik een personeelstoken.',
        'signin.expired': 'Uw sessie is afgelopen. Meld u opnieuw aan.',
        'signin.checking': 'Bezig met controleren…',
        'signin.revoked': 'Dit token werd ingetrokken: het geeft geen toegang meer. Vraag een nieuw aan de beheerder.',
        'day.pickDate': 'Kies een datum.',
        'action.booked': 'Terug naar „geboekt”',
        'action.named': '{action} — afspraak {code}, {time}',
        'confirm.title': 'Deze afspraak annuleren?',
        'confirm.text': 'Afspraak {code} om {time} wordt geannuleerd en de plaats komt vrij voor een andere bezoeker.',
        'confirm.yes': 'Ja, de afspraak annuleren',
        'confirm.no': 'Nee, behouden',
        'save.done': 'Opgeslagen ✓',
        'save.network': 'Niet opgeslagen: de server antwoordt niet. Probeer opnieuw.',
        'save.unavailable': 'Niet opgeslagen: de server is tijdelijk niet beschikbaar. Probeer opnieuw.',
        'save.slotFull': 'Niet opgeslagen: de plaats werd sinds de annulering ingenomen. De afspraak blijft geannuleerd.',
        'save.changedElsewhere': 'Niet opgeslagen: een andere balie heeft ze intussen gewijzigd. Dit is de huidige status.',
        'save.gone': 'Niet opgeslagen: deze afspraak bestaat niet meer.',
        'save.failed': 'Niet opgeslagen ({reason}). Probeer opnieuw.',
        'alerts.elsewhere': 'Open meldingen in de andere kantoren: {count}',
        'alert.kioskAt': 'Kiosk {kiosk}, {office}',
        'alert.take': 'Opgenomen',
        'alert.takeNamed': '{take}: {what}, kiosk {kiosk}',
        'alert.alreadyTaken': 'Deze melding was om {time} al door een andere balie opgenomen.',
        'title.calls': '({count}) Hulpvraag — {title}',
        'fleet.office': 'Kantoor',
        'error.slot_full': 'De plaats is niet meer vrij',
        'error.status_changed': 'Een andere balie heeft ze intussen gewijzigd',
        'signout': 'Afmelden',
        'nav.label': 'Pagina’s van de console',
        'nav.day': 'Afspraken en kiosken',
        'nav.content': 'Inhoud van de kiosken',
        'day.heading': 'Afspraken van de dag',
        'day.office': 'Kantoor',
        'day.date': 'Datum',
        'day.prev': '◀ Vorige dag',
        'day.today': 'Vandaag',
        'day.next': 'Volgende dag ▶',
        'day.empty': 'Geen afspraken op deze dag.',
        'day.loading': 'Bezig met laden…',
        'day.summary': 'Afspraken: {total} · gekomen: {attended} · niet gekomen: {no_show} · verwacht: {booked}',
        'day.caption': 'Afspraken op {date}, {office}',
        'col.code': 'Code',
        'col.time': 'Uur',
        'col.service': 'Dienst',
        'col.language': 'Taal',
        'col.phone': 'Telefoon',
        'col.name': 'Naam',
        'col.status': 'Status',
        'col.actions': 'Acties',
        'status.booked': 'Geboekt',
        'status.attended': 'Gekomen',
        'status.no_show': 'Niet gekomen',
        'status.cancelled': 'Geannuleerd',
        'action.attended': 'Gekomen',
        'action.no_show': 'Niet gekomen',
        'action.cancelled': 'Annuleren',
        'ics': '7 dagen exporteren (agenda .ics)',
        'ics.done': 'Agenda van {from} tot {to} gedownload.',
        'alerts.heading': 'Meldingen van de kiosken',
        'alerts.empty': 'Geen open meldingen voor dit kantoor.',
        'alert.call_staff': 'Een bezoeker vraagt hulp',
        'alert.conflict': 'Boekingsconflict: controleren',
        'alert.other': 'Melding: {reason}',
        'alert.kiosk': 'Kiosk {kiosk}',
        'alert.details': 'Afspraak {code} · terugbellen op {phone}',
        'fleet.heading': 'Kiosken',
        'fleet.empty': 'Nog geen enkele kiosk heeft zich gemeld.',
        'fleet.kiosk': 'Kiosk',
        'fleet.state': 'Status',
        'fleet.heartbeat': 'Laatste signaal',
        'fleet.pack': 'Inhoudsversie',
        'fleet.outbox': 'Wacht op verzending',
        'fleet.speech': 'Spraak',
        'fleet.printer': 'Printer',
        'fleet.online': 'Online',
        'fleet.offline': 'Offline',
        'fleet.never': 'nooit',
        'fleet.latest': 'Inhoud bijgewerkt',
        'fleet.isLatest': 'ja',
        'fleet.notLatest': 'nee (de laatste is {version})',
        'fleet.refusal': 'Laatst geweigerde inhoud',
        'content.heading': 'Nieuwe inhoud publiceren',
        'content.intro': 'De kiosken tonen de inhoud die hier wordt gepubliceerd: teksten, openingsuren, kantoren en diensten. Kies het ondertekende archief dat met guichet-pack build is gemaakt: u ziet wat er verandert voor u publiceert.',
        'content.current': 'Momenteel gepubliceerde versie: {version}',
        'content.none': 'Er is nog geen inhoud gepubliceerd.',
        'content.file': 'Ondertekend archief (.tar.gz)',
        'content.choose': 'Bestand kiezen…',
        'content.noFile': 'Geen bestand gekozen',
        'content.help': 'Het bestand gemaakt met „guichet-pack build”, hoogstens 64 MiB.',
        'content.tooLarge': 'Dit bestand is groter dan 64 MiB: de server zou het weigeren.',
        'content.unreadable': 'Dit bestand kan niet worden gelezen.',
        'content.checking': 'Archief wordt gecontroleerd…',
        'content.refused': 'Dit archief kan niet worden gepubliceerd',
        'content.field.body': 'Dit bestand is geen inhoudsarchief',
        'content.field.signature': 'De handtekening wordt geweigerd',
        'content.field.version': 'Het versienummer is niet geldig',
        'content.field.pack': 'De inhoud bevat fouten',
        'preview.heading': 'Voorbeeld van versie {version}',
        'preview.version': 'Versie',
        'preview.expires': 'Geldig tot',
        'preview.expiresOn': '{date} ({relative})',
        'preview.languages': 'Talen',
        'preview.against': 'Vergeleken met',
        'preview.againstNone': 'niets: dit wordt de eerste gepubliceerde inhoud',
        'preview.againstVersion': 'de gepubliceerde versie {version}',
        'preview.changes': 'Wat er verandert voor de kiosken',
        'preview.compareError': 'Reden:',
        'preview.publish': 'Versie {version} publiceren',
        'publish.publishing': 'Versie {version} wordt gepubliceerd…',
        'publish.done': 'Versie {version} gepubliceerd. De kiosken downloaden ze binnen 5 minuten en installeren ze zodra niemand ze gebruikt.',
        'publish.again': 'Versie {version} was al gepubliceerd: er is niets veranderd.',
        'colon': ': ',
        'yes': 'ja',
        'no': 'nee',
        'unknown': '—',
        'updated': 'Bijgewerkt om {time}. Wordt elke 5 seconden automatisch vernieuwd.',
        'error.network': 'De server antwoordt niet. Nieuwe poging binnen enkele seconden.',
        'error.http': 'De server antwoordde met een fout ({status}).',
        'error.invalid': 'De server weigerde de aanvraag',
        'error.forbidden': 'Dit token laat deze actie niet toe',
        'error.not_found': 'Niet gevonden, misschien intussen verwijderd',
        'error.too_many_requests': 'Te veel aanvragen: wacht enkele seconden',
        'error.unavailable': 'De server is tijdelijk niet beschikbaar: wordt automatisch opnieuw geprobeerd',
        'error.too_large': 'Het bestand is te groot',
        'error.expired': 'Deze inhoud is verlopen: maak het archief opnieuw met een latere vervaldatum',
        'error.stale_version': 'Deze versie is niet nieuwer dan de laatst gepubliceerde: geef ze een hoger nummer',
        'error.version_exists': 'Deze versie werd al met andere inhoud gepubliceerd: geef ze een nieuw nummer',
    },
};

/**
 * Service names of the default pack (content/bapa-bxl texts, service.<id>.title). The API
 * gives only service ids; an id not listed here is shown as it is.
 */
const SERVICES = {
    fr: {
        'first-welcome': 'Premier accueil',
        'social-assessment': 'Bilan social',
        'french-assessment': 'Test de français',
        'advisor-follow-up': 'Rendez-vous de suivi',
    },
    nl: {
        'first-welcome': 'Eerste onthaal',
        'social-assessment': 'Sociaal gesprek',
        'french-assessment': 'Test Frans',
        'advisor-follow-up': 'Opvolgingsgesprek',
    },
};

let current = 'fr';

export function setLanguage(code) {
    current = Object.hasOwn(STRINGS, code) ? code : 'fr';
    document.documentElement.lang = current;
}

export function language() {
    return current;
}

/** The string for key in the current language, with {name} placeholders filled in. */
export function t(key, params = {}) {
    const text = STRINGS[current][key] ?? STRINGS.fr[key] ?? key;
    return text.replace(/\{(\w+)\}/g, (whole, name) =>
        Object.hasOwn(params, name) ? String(params[name]) : whole);
}

/** Fills every element marked data-i18n (text) or data-i18n-label (aria-label). */
export function translatePage(root = document) {
    for (const el of root.querySelectorAll('[data-i18n]'))
        el.textContent = t(el.dataset.i18n);
    for (const el of root.querySelectorAll('[data-i18n-label]'))
        el.setAttribute('aria-label', t(el.dataset.i18nLabel));
}

export function serviceName(id) {
    return SERVICES[current][id] ?? String(id ?? '');
}

/** "arabe (ar)" in French, "Arabisch (ar)" in Dutch; the bare code if the browser has no name. */
export function languageName(code) {
    if (!code)
        return t('unknown');
    try {
        const name = new Intl.DisplayNames([current], { type: 'language' }).of(String(code));
        return name && name !== code ? `${name} (${code})` : String(code);
    } catch {
        return String(code);
    }
}

/** An office's city as the pack names it in the console's language ("Brussel" in Dutch), else
 *  its one name; '' without an address. */
export function cityName(address) {
    if (!address || typeof address !== 'object')
        return '';
    const named = address.city_by_language && typeof address.city_by_language === 'object'
        ? address.city_by_language[current] : undefined;
    if (typeof named === 'string' && named)
        return named;
    return typeof address.city === 'string' ? address.city : '';
}

/** HH:MM (24 h) of an RFC 3339 instant in the given time zone. */
export function clockTime(iso, timeZone) {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime()))
        return t('unknown');
    const parts = new Intl.DateTimeFormat('fr-BE', {
        timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    }).formatToParts(date);
    const part = type => parts.find(p => p.type === type)?.value ?? '';
    return `${part('hour')}:${part('minute')}`;
}

/** A YYYY-MM-DD day written out for people: "jeudi 26 novembre 2026". */
export function longDate(day) {
    const date = new Date(`${day}T12:00:00Z`);
    if (Number.isNaN(date.getTime()))
        return String(day);
    return new Intl.DateTimeFormat(current === 'nl' ? 'nl-BE' : 'fr-BE', {
        timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric',
    }).format(date);
}

/** An age in seconds as people say it: "il y a 2 min", "2 min geleden". */
export function relativeAge(seconds) {
    if (seconds === null || seconds === undefined || !Number.isFinite(Number(seconds)))
        return t('fleet.never');
    const s = Math.max(0, Math.round(Number(seconds)));
    const format = new Intl.RelativeTimeFormat(current, { numeric: 'auto', style: 'short' });
    if (s < 60)
        return format.format(-s, 'second');
    if (s < 3600)
        return format.format(-Math.floor(s / 60), 'minute');
    if (s < 86400)
        return format.format(-Math.floor(s / 3600), 'hour');
    return format.format(-Math.floor(s / 86400), 'day');
}

/** An instant's day in Brussels, written out: "lundi 4 janvier 2027". */
export function longMoment(iso) {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime()))
        return String(iso ?? t('unknown'));
    return new Intl.DateTimeFormat(current === 'nl' ? 'nl-BE' : 'fr-BE', {
        timeZone: 'Europe/Brussels', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric',
    }).format(date);
}

/** How far an instant is from now, in days, as people say it: "dans 40 jours", "over 40 dagen". */
export function relativeDays(iso) {
    const ms = Date.parse(iso);
    if (Number.isNaN(ms))
        return t('unknown');
    return new Intl.RelativeTimeFormat(current, { numeric: 'auto' }).format(Math.round((ms - consoleNow()) / 86400000), 'day');
}

/** The console's one clock, in milliseconds since the epoch: the browser's (docs/ARCHITECTURE.md,
 *  "Time"). Everything the console says about "now" reads it here. */
export function consoleNow() {
    return Date.now();
}

/** Language codes as a sentence: "français (fr), néerlandais (nl) et anglais (en)". */
export function languageList(codes) {
    const names = (Array.isArray(codes) ? codes : []).map(code => languageName(code));
    try {
        return new Intl.ListFormat(current, { style: 'long', type: 'conjunction' }).format(names);
    } catch {
        return names.join(', ');
    }
}

export function number(value) {
    const n = Number(value);
    return Number.isFinite(n) ? new Intl.NumberFormat(current).format(n) : t('unknown');
}
