import type { MessageBundle } from '../../shared/i18n/translator.js';

const people = '{count, plural, one {# person} other {# people}}';
const personen = '{count, plural, one {# Person} other {# Personen}}';

export const forecastUiMessages = {
  en: {
    'forecast.title': 'Forecast · {period}',
    'forecast.usage':
      'Forecast: /crm forecast [period] [@user | --team | --all]. Periods: this quarter, next quarter, last quarter, this month, 2027-Q1, Q1 2027, Jan 2027, 2027-01, FY2027, last 6 months.',
    'forecast.scope_team': `Team of {name} (${people})`,
    'forecast.scope_all': `Everyone (${people})`,
    'forecast.scope_hint_rep': 'You can see your own numbers; your manager and admins see the team’s.',
    'forecast.scope_hint_manager': 'You can see your own numbers and those of the people who report to you.',
    'forecast.scope_hint_admin': 'Admins can see everyone’s numbers.',
    'forecast.won': 'Closed won',
    'forecast.commit': 'Commit',
    'forecast.best_case': 'Best case',
    'forecast.pipeline': 'Pipeline',
    'forecast.pipeline_open': 'Open pipeline',
    'forecast.weighted': 'Weighted',
    'forecast.learned': 'Learned',
    'forecast.quota': 'Quota',
    'forecast.attainment': 'Attainment',
    'forecast.coverage': 'Coverage',
    'forecast.coverage_value': '{value}×',
    'forecast.month': 'Month',
    'forecast.amount': 'Amount',
    'forecast.rep': 'Rep',
    'forecast.stage': 'Stage',
    'forecast.configured': 'Configured',
    'forecast.learned_rate': 'Learned',
    'forecast.delta_commit': 'Commit vs. last week',
    'forecast.delta_since': 'In brackets: change since the snapshot of {date}.',
    'forecast.no_snapshot':
      'No snapshot from a week ago yet: the change since last week appears once the weekly snapshot has run (it keeps the current and the next quarter).',
    'forecast.excluded':
      '{count, plural, one {# deal} other {# deals}} in another currency than {currency}, not included in the figures:',
    'forecast.status_open': 'open',
    'forecast.status_won': 'won',
    'forecast.status_lost': 'lost',
    'forecast.rates_title': 'Win rates learned from stage history',
    'forecast.rates_explained':
      'Learned rate = (w + {k} × configured probability) ÷ (n + {k}), from {count, plural, one {# deal} other {# deals}} closed (won or lost) since {since}. n = closed deals that were ever in the stage, w = those won. With few deals the rate stays close to the configured probability.',
    'forecast.chart_title': 'Forecast {period} by month',
    'forecast.chart_alt':
      'Stacked bars per month of {period}: closed won, commit, best case and the rest of the open pipeline, with the quota as a line.',
    'forecast.figures_explained':
      'Closed won: deals won in the period. Commit: won + open commit deals. Best case: commit + open best-case deals. Open pipeline: every open deal expected to close in the period. Weighted: won + open amount × probability. Learned: won + open amount × learned win rate. Attainment: won ÷ quota. Coverage: open pipeline ÷ quota still to win.',
    'quota.title': 'Quota · {period}',
    'quota.usage':
      'Show: /crm quota [@user | --team] [period]. Set (managers and admins): /crm quota set @user Q1 2027 90000, or a weekly activity quota: /crm quota set @user weekly 15 interactions (or accounts).',
    'quota.set_usage_problem':
      'Please name the member, the period and the amount, e.g. /crm quota set @rita Q1 2027 90000.',
    'quota.activity_usage_problem':
      'Please give a whole number per week and what it counts, e.g. /crm quota set @rita weekly 15 interactions (or accounts).',
    'quota.set': 'Quota of {name} for {period}: {amount}, stored per month:',
    'quota.activity_set': '{name} now aims for {count} {kind} a week.',
    'quota.activity_removed': 'The weekly quota of {kind} of {name} is removed.',
    'quota.kind_interactions': 'interactions',
    'quota.kind_new_accounts': 'new accounts',
    'quota.gap': 'Still to win',
    'quota.none_set': 'No quota is set for this period yet. Managers and admins set one with /crm quota set.',
    'quota.funnel_title': 'Prospecting funnel of the last {months} months',
    'quota.funnel_counts':
      '{contacted, plural, one {# account contacted} other {# accounts contacted}} → {created, plural, one {# deal created} other {# deals created}} → {won, plural, one {# deal won} other {# deals won}} ({amount}; average won deal {average}).',
    'quota.funnel_per_win':
      'To win one customer you need about {contacts, plural, one {# contacted account} other {# contacted accounts}} and {deals, plural, one {# deal} other {# deals}}.',
    'quota.funnel_gap':
      'Quota still to win: {gap}. At your current win rate that takes about {contacts, plural, one {# more new contact} other {# more new contacts}} ({deals, plural, one {# deal} other {# deals}}) in this period.',
    'quota.funnel_no_gap': 'The quota of this period is reached.',
    'quota.funnel_no_wins': 'No deal was won in that time, so there is no win rate to plan with yet.',
    'quota.pace_so_far': 'Pace so far: {perWeek} contacted accounts a week ({count} in {weeks} weeks).',
    'quota.pace_not_started': 'The period has not started yet.',
    'quota.pace_needed': 'Needed from now on: {perWeek} a week for the remaining {weeks} weeks.',
    'quota.activity_title': 'Activity quotas',
    'quota.activity_line': '{actual} of {target} so far ({perWeek} a week × {weeks} weeks) · {attainment}',
  },
  de: {
    'forecast.title': 'Prognose · {period}',
    'forecast.usage':
      'Prognose: /crm prognose [Zeitraum] [@person | --team | --alle]. Zeiträume: dieses Quartal, nächstes Quartal, letztes Quartal, dieser Monat, 2027-Q1, Q1 2027, Januar 2027, 2027-01, GJ 2027, letzte 6 Monate.',
    'forecast.scope_team': `Team von {name} (${personen})`,
    'forecast.scope_all': `Alle (${personen})`,
    'forecast.scope_hint_rep':
      'Du siehst deine eigenen Zahlen; deine Führungskraft und Admins sehen die des Teams.',
    'forecast.scope_hint_manager':
      'Du siehst deine eigenen Zahlen und die der Personen, die an dich berichten.',
    'forecast.scope_hint_admin': 'Admins sehen die Zahlen aller.',
    'forecast.won': 'Gewonnen',
    'forecast.commit': 'Commit',
    'forecast.best_case': 'Best Case',
    'forecast.pipeline': 'Pipeline',
    'forecast.pipeline_open': 'Offene Pipeline',
    'forecast.weighted': 'Gewichtet',
    'forecast.learned': 'Gelernt',
    'forecast.quota': 'Ziel',
    'forecast.attainment': 'Zielerreichung',
    'forecast.coverage': 'Abdeckung',
    'forecast.coverage_value': '{value}×',
    'forecast.month': 'Monat',
    'forecast.amount': 'Betrag',
    'forecast.rep': 'Person',
    'forecast.stage': 'Phase',
    'forecast.configured': 'Eingestellt',
    'forecast.learned_rate': 'Gelernt',
    'forecast.delta_commit': 'Commit ggü. Vorwoche',
    'forecast.delta_since': 'In Klammern: Veränderung seit dem Stand vom {date}.',
    'forecast.no_snapshot':
      'Noch kein Stand von vor einer Woche: Die Veränderung zur Vorwoche erscheint, sobald der wöchentliche Stand gespeichert wurde (er umfasst das laufende und das nächste Quartal).',
    'forecast.excluded':
      '{count, plural, one {# Deal} other {# Deals}} in einer anderen Währung als {currency}, nicht in den Zahlen enthalten:',
    'forecast.status_open': 'offen',
    'forecast.status_won': 'gewonnen',
    'forecast.status_lost': 'verloren',
    'forecast.rates_title': 'Aus der Phasenhistorie gelernte Abschlussquoten',
    'forecast.rates_explained':
      'Gelernte Quote = (w + {k} × eingestellte Wahrscheinlichkeit) ÷ (n + {k}), {count, plural, one {aus # Deal, der seit {since} abgeschlossen wurde} other {aus # Deals, die seit {since} abgeschlossen wurden}} (gewonnen oder verloren). n = abgeschlossene Deals, die je in der Phase waren, w = davon gewonnen. Bei wenigen Deals bleibt die Quote nahe der eingestellten Wahrscheinlichkeit.',
    'forecast.chart_title': 'Prognose {period} nach Monaten',
    'forecast.chart_alt':
      'Gestapelte Balken je Monat von {period}: gewonnen, Commit, Best Case und restliche offene Pipeline, das Ziel als Linie.',
    'forecast.figures_explained':
      'Gewonnen: im Zeitraum gewonnene Deals. Commit: gewonnen + offene Commit-Deals. Best Case: Commit + offene Best-Case-Deals. Offene Pipeline: alle offenen Deals mit Abschluss im Zeitraum. Gewichtet: gewonnen + offener Betrag × Wahrscheinlichkeit. Gelernt: gewonnen + offener Betrag × gelernte Abschlussquote. Zielerreichung: gewonnen ÷ Ziel. Abdeckung: offene Pipeline ÷ noch offenes Ziel.',
    'quota.title': 'Ziel · {period}',
    'quota.usage':
      'Anzeigen: /crm ziel [@person | --team] [Zeitraum]. Setzen (Führungskräfte und Admins): /crm ziel setzen @person Q1 2027 90000 oder ein wöchentliches Aktivitätsziel: /crm ziel setzen @person wöchentlich 15 kontakte (oder kunden).',
    'quota.set_usage_problem':
      'Bitte nenne Person, Zeitraum und Betrag, z. B. /crm ziel setzen @rita Q1 2027 90000.',
    'quota.activity_usage_problem':
      'Bitte gib eine ganze Zahl pro Woche an und was sie zählt, z. B. /crm ziel setzen @rita wöchentlich 15 kontakte (oder kunden).',
    'quota.set': 'Ziel von {name} für {period}: {amount}, je Monat gespeichert:',
    'quota.activity_set': '{name} hat jetzt ein Ziel von {count} {kind} pro Woche.',
    'quota.activity_removed': 'Das wöchentliche Ziel für {kind} von {name} ist entfernt.',
    'quota.kind_interactions': 'Interaktionen',
    'quota.kind_new_accounts': 'neuen Kunden',
    'quota.gap': 'Noch offen',
    'quota.none_set':
      'Für diesen Zeitraum ist noch kein Ziel gesetzt. Führungskräfte und Admins setzen es mit /crm ziel setzen.',
    'quota.funnel_title': 'Akquise-Trichter der letzten {months} Monate',
    'quota.funnel_counts':
      '{contacted, plural, one {# Kunde kontaktiert} other {# Kunden kontaktiert}} → {created, plural, one {# Deal angelegt} other {# Deals angelegt}} → {won, plural, one {# Deal gewonnen} other {# Deals gewonnen}} ({amount}; im Schnitt {average} je gewonnenem Deal).',
    'quota.funnel_per_win':
      'Für einen gewonnenen Kunden brauchst du etwa {contacts, plural, one {# kontaktierten Kunden} other {# kontaktierte Kunden}} und {deals, plural, one {# Deal} other {# Deals}}.',
    'quota.funnel_gap':
      'Noch offenes Ziel: {gap}. Bei deiner aktuellen Abschlussquote braucht das etwa {contacts, plural, one {# weiteren neuen Kontakt} other {# weitere neue Kontakte}} ({deals, plural, one {# Deal} other {# Deals}}) in diesem Zeitraum.',
    'quota.funnel_no_gap': 'Das Ziel dieses Zeitraums ist erreicht.',
    'quota.funnel_no_wins':
      'In dieser Zeit wurde kein Deal gewonnen, es gibt also noch keine Abschlussquote zum Planen.',
    'quota.pace_so_far': 'Tempo bisher: {perWeek} kontaktierte Kunden pro Woche ({count} in {weeks} Wochen).',
    'quota.pace_not_started': 'Der Zeitraum hat noch nicht begonnen.',
    'quota.pace_needed': 'Ab jetzt nötig: {perWeek} pro Woche in den restlichen {weeks} Wochen.',
    'quota.activity_title': 'Aktivitätsziele',
    'quota.activity_line':
      '{actual} von {target} bisher ({perWeek} pro Woche × {weeks} Wochen) · {attainment}',
  },
} satisfies MessageBundle;
