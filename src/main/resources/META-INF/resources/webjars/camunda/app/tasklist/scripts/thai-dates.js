// measure-tracker: the webapps' dates as a Thai reader writes them. Loaded by config.js (customScripts) before the
// AngularJS app starts; registers on the module every Camunda webapp has ('cam.commons') and works where the webapp
// has angular-moment (Tasklist, Cockpit: customScripts: ['../tasklist/scripts/thai-dates']). Admin and Welcome show
// no dates through these filters, and there it leaves everything as it is.
//
// 1. Years in the Buddhist Era when the webapp speaks Thai: "31 พ.ค. 2567 14:30". The year comes from the Buddhist
//    calendar of Intl (th-TH-u-ca-buddhist), never from arithmetic; months, weekdays and the order of the parts
//    stay those of the locale file (th.json, dateLocales). Other languages keep the Christian Era.
// 2. Relative times ("อีก 3 วัน", "2 ปีที่แล้ว") in the webapp's language: Camunda defines moment's locale from
//    each locale file it loads, and whichever loads last (often the English fallback) became moment's language.
//
// Only what a person reads changes: values sent to the engine are formatted elsewhere (fixDate, the date pickers'
// ISO models) and keep ISO years.

const angular = window.angular;

const BUDDHIST_YEAR = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { year: 'numeric' });

/** Moment's localized formats (LL, LLL, lll...) and the [literal] text that must be left alone. */
const LOCALIZED_FORMATS = /(\[[^\]]*\])|(LTS|LT|LL?L?L?|l{1,4})/g;
const YEARS = /(\[[^\]]*\])|YYYY|YY/g;

/** AngularJS date filter formats that are only shown (history badges, date picker titles and labels), in moment's words. */
const SHOWN_ANGULAR_FORMATS = {
  yyyy: 'YYYY',
  'MMMM yyyy': 'MMMM YYYY',
  MMMM: 'MMMM',
  EEE: 'ddd',
  EEEE: 'dddd'
};

function buddhistYear(date) {
  return BUDDHIST_YEAR.formatToParts(date).find(part => part.type === 'year').value;
}

/** The moment format with each year token replaced by the Buddhist year of the date, as literal text. */
function withBuddhistYear(format, shown) {
  const expanded = format.replace(LOCALIZED_FORMATS, (all, literal, token) =>
    literal || shown.localeData().longDateFormat(token) || all);
  const year = buddhistYear(shown.toDate());
  return expanded.replace(YEARS, (all, literal) => literal || '[' + (all === 'YYYY' ? year : year.slice(-2)) + ']');
}

function language($translate) {
  return $translate.use() || $translate.proposedLanguage() || '';
}

function speaksThai($translate) {
  return language($translate).split('-')[0] === 'th';
}

/**
 * A filter that shows {@code value} in the Buddhist Era when the webapp speaks Thai and {@code momentFormat} names
 * a format, else as {@code otherwise} does. Re-evaluated on every digest: a date drawn before the locale file arrived
 * gets the Buddhist year too.
 */
function buddhistFilter($translate, moment, momentFormat, otherwise) {
  function filter(value, ...rest) {
    const format = momentFormat(...rest);
    if (!value || !format || !speaksThai($translate)) {
      return otherwise(value, ...rest);
    }
    const shown = moment(typeof value === 'number' ? new Date(value) : value, moment.ISO_8601);
    return shown.isValid() ? shown.format(withBuddhistYear(format, shown)) : otherwise(value, ...rest);
  }
  filter.$stateful = true;
  return filter;
}

/** Decorates a filter when moment is there (the same instance Camunda gives the locale files to). */
function decorate($provide, name, momentFormat) {
  $provide.decorator(name, ['$delegate', '$translate', '$injector', function($delegate, $translate, $injector) {
    return $injector.has('moment')
      ? buddhistFilter($translate, $injector.get('moment'), momentFormat($injector), $delegate)
      : $delegate;
  }]);
}

angular.module('cam.commons')
  .config(['$provide', function($provide) {
    // camDate: every absolute date of the task list, the task and its history
    decorate($provide, 'camDateFilter', $injector => $injector.get('camDateFormat'));
    // AngularJS's date filter for the formats above only: every other one (ISO values for the engine) is left alone
    decorate($provide, 'dateFilter', () => format => SHOWN_ANGULAR_FORMATS[format]);
  }])
  .run(['$rootScope', '$translate', '$injector', function($rootScope, $translate, $injector) {
    if (!$injector.has('amMoment') || !$injector.has('moment')) {
      return;
    }
    const amMoment = $injector.get('amMoment');
    const moment = $injector.get('moment');
    function followTheWebappsLanguage() {
      const wanted = language($translate);
      if (moment.locales().indexOf(wanted) > -1 && moment.locale() !== wanted) {
        // also tells every am-time-ago on the page to write itself again
        amMoment.changeLocale(wanted);
      }
    }
    $rootScope.$on('$translateLoadingSuccess', followTheWebappsLanguage);
    $rootScope.$on('$translateChangeSuccess', followTheWebappsLanguage);
    followTheWebappsLanguage();
  }]);
