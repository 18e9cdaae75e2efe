// measure-tracker: one language per screen in a task's Camunda Form. The form's texts come in Tasklist's language
// from the server (forms/i18n); the messages form-js writes under a field it checks in the browser ("Field is
// required.") are English in form-js 1.8 whatever the language, so while Tasklist speaks Thai they are written in
// Thai as they appear. Messages not listed here stay as form-js wrote them.

const angular = window.angular;

const THAI = [
  [/^Field is required\.$/, 'กรุณากรอกช่องนี้'],
  [/^Field must have maximum length of (\d+)\.$/, 'ยาวได้ไม่เกิน $1 ตัวอักษร'],
  [/^Field must have minimum length of (\d+)\.$/, 'ต้องยาวอย่างน้อย $1 ตัวอักษร'],
  [/^Field must have minimum value of (.+)\.$/, 'ต้องไม่น้อยกว่า $1'],
  [/^Field must have maximum value of (.+)\.$/, 'ต้องไม่เกิน $1'],
  [/^Value is not a number\.$/, 'ต้องเป็นตัวเลข'],
  [/^Value is expected to be an integer\.$/, 'ต้องเป็นจำนวนเต็ม'],
  [/^Field must match pattern .*$/, 'รูปแบบไม่ถูกต้อง']
];

function inThai(message) {
  const rule = THAI.find(([english]) => english.test(message));
  return rule ? message.replace(rule[0], rule[1]) : message;
}

/**
 * form-js writes each message as the text of an <li> in .fjs-form-field-error. The text node itself is changed, not
 * replaced: form-js keeps it and writes the next message into it, which this then sees and translates again.
 */
function translateMessages(root) {
  root.querySelectorAll('.fjs-form-field-error li').forEach(item => {
    const text = item.firstChild;
    if (text && text.nodeType === Node.TEXT_NODE && inThai(text.data) !== text.data) {
      text.data = inThai(text.data);
    }
  });
}

angular.module('cam.commons').run(['$translate', '$rootScope', function($translate, $rootScope) {
  const observer = new MutationObserver(() => translateMessages(document.body));
  function followTheLanguage() {
    observer.disconnect();
    if ((($translate.use() || $translate.proposedLanguage() || '').split('-')[0]) === 'th') {
      observer.observe(document.body, { childList: true, characterData: true, subtree: true });
    }
  }
  $rootScope.$on('$translateChangeSuccess', followTheLanguage);
  followTheLanguage();
}]);
