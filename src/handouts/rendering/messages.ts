import { Side } from '../../programs/program-item.js';
import { Locale } from '../../translations/locale.js';

/** The words a tempo is explained in; tempo-words.ts strings them into one sentence. */
export interface TempoPhrases {
  lowerFor(duration: string): string;
  lowerQuickly: string;
  lowerAsFastAsYouCan: string;
  pauseAtBottom(duration: string): string;
  noPauseAtBottom: string;
  liftIn(duration: string): string;
  liftQuickly: string;
  liftAsFastAsYouCan: string;
  pauseAtTop(duration: string): string;
  noPauseAtTop: string;
  separator: string;
  /** Any movement: the effort against the resistance, then the return (tempo-words NEUTRAL). */
  effortIn(duration: string): string;
  effortQuickly: string;
  effortAsFastAsYouCan: string;
  holdEffort(duration: string): string;
  returnIn(duration: string): string;
  returnQuickly: string;
  returnAsFastAsYouCan: string;
  pauseBeforeNext(duration: string): string;
  /** Steps against a band: a lateral band walk. */
  stepOutIn(duration: string): string;
  stepOutQuickly: string;
  pauseWide(duration: string): string;
  bringFootInIn(duration: string): string;
  bringFootInQuickly: string;
  pauseBeforeNextStep(duration: string): string;
  /** Hops, skips and shuffles. */
  springyContacts: string;
  landAndHold(duration: string): string;
  restBetweenContacts(duration: string): string;
  /** A position held still. */
  holdStill(duration: string): string;
  /** A static stretch or end-range mobility hold: relaxed into the stretch, not working. */
  holdStretch(duration: string): string;
}

/**
 * Everything a patient reads on a handout that is not clinic or exercise text. One object per
 * locale, each typed with this interface, so a key missing from one language fails to compile.
 */
export interface HandoutMessages {
  /** BCP 47 tag for Intl and for the document's declared language. */
  languageTag: string;
  documentSubject: string;
  preparedFor: string;
  date: string;
  clinician: string;
  phone: string;
  exerciseCount(n: number): string;
  howToDoIt: string;
  keepInMind: string;
  takeCare: string;
  yourPrescription: string;
  setsTimesReps: string;
  setsTimesHold: string;
  /** The label of a dose counted in metres covered ("3 × 20 m"). */
  setsTimesDistance: string;
  /** The label of a dose counted in time spent moving ("3 × 30 s"). */
  setsTimesTime: string;
  seconds(n: number): string;
  minutes(n: number): string;
  /** A distance in a dose, with the unit's symbol: "20 m" (a no-break space: never "20" and "m" on two lines). */
  metres(n: number): string;
  /** A time of work in a dose, short as a dose is written: "30 s", "2 min". */
  secondsShort(n: number): string;
  minutesShort(n: number): string;
  /** The heading of the template's advice, printed before the exercises. */
  guidanceHeading: string;
  /** A dose done on each side in turn (the exercise is per side and both sides are trained). */
  eachSide(dose: string): string;
  side: string;
  sides: Record<Side, string>;
  tempo: string;
  load: string;
  rest: string;
  restBetweenSets(duration: string): string;
  noRest: string;
  howOften: string;
  sessionsPerWeek(n: number): string;
  notes: string;
  /** A label run into its value: "Tempo: ". */
  labelled(label: string): string;
  photoBy(credit: string): string;
  photoCredit(credit: string, licence: string): string;
  photoLicenceOnly(licence: string): string;
  scanToOpen: string;
  /** The heading of a further page of an exercise that does not fit on one page. */
  continued(name: string): string;
  questions(phone: string): string;
  pageOf(page: number, pages: number): string;
  downloadPdf: string;
  /** The heading of a handout issued from scratch, or from a template in another language. */
  defaultTitle: string;
  /** The page of a share link that expired or was revoked. */
  linkGone: string;
  askClinic: string;
  tempoPhrases: TempoPhrases;
}

const en: HandoutMessages = {
  languageTag: 'en',
  documentSubject: 'Home exercise program',
  preparedFor: 'Prepared for',
  date: 'Date',
  clinician: 'Clinician',
  phone: 'Phone',
  exerciseCount: (n) => (n === 1 ? '1 exercise' : `${n} exercises`),
  howToDoIt: 'How to do it',
  keepInMind: 'Keep in mind',
  takeCare: 'Take care',
  yourPrescription: 'Your prescription',
  setsTimesReps: 'Sets × reps',
  setsTimesHold: 'Sets × hold',
  seconds: (n) => (n === 1 ? '1 second' : `${n} seconds`),
  minutes: (n) => (n === 1 ? '1 minute' : `${n} minutes`),
  setsTimesDistance: 'Sets × distance',
  setsTimesTime: 'Sets × time',
  metres: (n) => `${n}\u00a0m`,
  secondsShort: (n) => `${n}\u00a0s`,
  minutesShort: (n) => `${n}\u00a0min`,
  guidanceHeading: "Your clinician's advice",
  eachSide: (dose) => `${dose} each side`,
  side: 'Side',
  sides: {
    [Side.BOTH]: 'Both sides',
    [Side.LEFT]: 'Left side only',
    [Side.RIGHT]: 'Right side only',
  },
  tempo: 'Tempo',
  load: 'Load',
  rest: 'Rest',
  restBetweenSets: (d) => `${d} between sets`,
  noRest: 'No rest between sets',
  howOften: 'How often',
  sessionsPerWeek: (n) =>
    n === 1
      ? 'Once a week'
      : n === 2
        ? 'Twice a week'
        : n === 7
          ? 'Every day'
          : n === 14
            ? 'Twice a day'
            : `${n} times a week`,
  notes: 'Notes',
  labelled: (label) => `${label}: `,
  photoBy: (credit) => `Photo: ${credit}`,
  photoCredit: (credit, licence) => `Photo: ${credit}, licence ${licence}`,
  photoLicenceOnly: (licence) => `Photo licence: ${licence}`,
  scanToOpen: 'Scan to open this program online',
  continued: (name) => `${name} (continued)`,
  questions: (phone) => `Questions? Call us on ${phone}.`,
  pageOf: (page, pages) => `Page ${page} of ${pages}`,
  downloadPdf: 'Download PDF',
  defaultTitle: 'Your home exercise program',
  linkGone: 'This link no longer works.',
  askClinic: 'Please ask your clinic for a new one.',
  tempoPhrases: {
    lowerFor: (d) => `lower for ${d}`,
    lowerQuickly: 'lower quickly',
    lowerAsFastAsYouCan: 'lower as fast as you can',
    pauseAtBottom: (d) => `pause ${d} at the bottom`,
    noPauseAtBottom: 'no pause at the bottom',
    liftIn: (d) => `lift in ${d}`,
    liftQuickly: 'lift quickly',
    liftAsFastAsYouCan: 'lift as fast as you can',
    pauseAtTop: (d) => `pause ${d} at the top`,
    noPauseAtTop: 'no pause at the top',
    separator: ', ',
    effortIn: (d) => `take ${d} for the effort`,
    effortQuickly: 'make the effort quickly',
    effortAsFastAsYouCan: 'make the effort as fast as you can',
    holdEffort: (d) => `hold it for ${d}`,
    returnIn: (d) => `take ${d} to return`,
    returnQuickly: 'return quickly',
    returnAsFastAsYouCan: 'return as fast as you can',
    pauseBeforeNext: (d) => `pause ${d} before the next one`,
    stepOutIn: (d) => `step out in ${d}`,
    stepOutQuickly: 'step out quickly',
    pauseWide: (d) => `pause ${d} with your feet apart`,
    bringFootInIn: (d) => `bring the other foot in over ${d}`,
    bringFootInQuickly: 'bring the other foot in quickly',
    pauseBeforeNextStep: (d) => `pause ${d} before the next step`,
    springyContacts: 'quick, springy contacts: land softly and spring off again at once',
    landAndHold: (d) => `land softly, hold the landing for ${d}, then spring off again`,
    restBetweenContacts: (d) => `rest ${d} before the next one`,
    holdStill: (d) => `hold for ${d}`,
    holdStretch: (d) => `ease into the stretch and hold it for ${d}, breathing normally`,
  },
};

const es: HandoutMessages = {
  languageTag: 'es',
  documentSubject: 'Programa de ejercicios en casa',
  preparedFor: 'Preparado para',
  date: 'Fecha',
  clinician: 'Terapeuta',
  phone: 'Tel.',
  exerciseCount: (n) => (n === 1 ? '1 ejercicio' : `${n} ejercicios`),
  howToDoIt: 'Cómo hacerlo',
  keepInMind: 'Tenga en cuenta',
  takeCare: 'Precauciones',
  yourPrescription: 'Su prescripción',
  setsTimesReps: 'Series × repeticiones',
  setsTimesHold: 'Series × tiempo',
  seconds: (n) => (n === 1 ? '1 segundo' : `${n} segundos`),
  minutes: (n) => (n === 1 ? '1 minuto' : `${n} minutos`),
  setsTimesDistance: 'Series × distancia',
  setsTimesTime: 'Series × duración',
  metres: (n) => `${n}\u00a0m`,
  secondsShort: (n) => `${n}\u00a0s`,
  minutesShort: (n) => `${n}\u00a0min`,
  guidanceHeading: 'Consejos de su terapeuta',
  eachSide: (dose) => `${dose} por lado`,
  side: 'Lado',
  sides: {
    [Side.BOTH]: 'Ambos lados',
    [Side.LEFT]: 'Solo el lado izquierdo',
    [Side.RIGHT]: 'Solo el lado derecho',
  },
  tempo: 'Ritmo',
  load: 'Carga',
  rest: 'Descanso',
  restBetweenSets: (d) => `${d} entre series`,
  noRest: 'Sin descanso entre series',
  howOften: 'Frecuencia',
  sessionsPerWeek: (n) =>
    n === 1
      ? 'Una vez por semana'
      : n === 7
        ? 'Todos los días'
        : n === 14
          ? 'Dos veces al día'
          : `${n} veces por semana`,
  notes: 'Notas',
  labelled: (label) => `${label}: `,
  photoBy: (credit) => `Foto: ${credit}`,
  photoCredit: (credit, licence) => `Foto: ${credit}, licencia ${licence}`,
  photoLicenceOnly: (licence) => `Licencia de la foto: ${licence}`,
  scanToOpen: 'Escanee el código para abrir este programa en línea',
  continued: (name) => `${name} (continuación)`,
  questions: (phone) => `¿Tiene dudas? Llámenos al ${phone}.`,
  pageOf: (page, pages) => `Página ${page} de ${pages}`,
  downloadPdf: 'Descargar PDF',
  defaultTitle: 'Su programa de ejercicios en casa',
  linkGone: 'Este enlace ya no funciona.',
  askClinic: 'Pida uno nuevo a su clínica.',
  tempoPhrases: {
    lowerFor: (d) => `baje durante ${d}`,
    lowerQuickly: 'baje rápido',
    lowerAsFastAsYouCan: 'baje lo más rápido que pueda',
    pauseAtBottom: (d) => `haga una pausa de ${d} abajo`,
    noPauseAtBottom: 'sin pausa abajo',
    liftIn: (d) => `suba en ${d}`,
    liftQuickly: 'suba rápido',
    liftAsFastAsYouCan: 'suba lo más rápido que pueda',
    pauseAtTop: (d) => `haga una pausa de ${d} arriba`,
    noPauseAtTop: 'sin pausa arriba',
    separator: ', ',
    effortIn: (d) => `haga el esfuerzo en ${d}`,
    effortQuickly: 'haga el esfuerzo rápido',
    effortAsFastAsYouCan: 'haga el esfuerzo lo más rápido que pueda',
    holdEffort: (d) => `manténgalo ${d}`,
    returnIn: (d) => `vuelva en ${d}`,
    returnQuickly: 'vuelva rápido',
    returnAsFastAsYouCan: 'vuelva lo más rápido que pueda',
    pauseBeforeNext: (d) => `haga una pausa de ${d} antes de la siguiente`,
    stepOutIn: (d) => `dé el paso hacia fuera en ${d}`,
    stepOutQuickly: 'dé el paso hacia fuera rápido',
    pauseWide: (d) => `haga una pausa de ${d} con los pies separados`,
    bringFootInIn: (d) => `junte el otro pie en ${d}`,
    bringFootInQuickly: 'junte el otro pie rápido',
    pauseBeforeNextStep: (d) => `haga una pausa de ${d} antes del siguiente paso`,
    springyContacts:
      'apoyos rápidos y elásticos: aterrice con suavidad y vuelva a impulsarse enseguida',
    landAndHold: (d) => `aterrice con suavidad, mantenga el aterrizaje ${d} y vuelva a impulsarse`,
    restBetweenContacts: (d) => `descanse ${d} antes del siguiente`,
    holdStill: (d) => `mantenga la posición durante ${d}`,
    holdStretch: (d) =>
      `entre suavemente en el estiramiento y manténgalo ${d}, respirando con normalidad`,
  },
};

const vi: HandoutMessages = {
  languageTag: 'vi',
  documentSubject: 'Chương trình tập luyện tại nhà',
  preparedFor: 'Dành cho',
  date: 'Ngày',
  clinician: 'Chuyên viên trị liệu',
  phone: 'Điện thoại',
  exerciseCount: (n) => `${n} bài tập`,
  howToDoIt: 'Cách thực hiện',
  keepInMind: 'Lưu ý',
  takeCare: 'Thận trọng',
  yourPrescription: 'Chỉ định của bạn',
  setsTimesReps: 'Số hiệp × số lần',
  setsTimesHold: 'Số hiệp × thời gian giữ',
  seconds: (n) => `${n} giây`,
  minutes: (n) => `${n} phút`,
  setsTimesDistance: 'Số hiệp × quãng đường',
  setsTimesTime: 'Số hiệp × thời gian',
  metres: (n) => `${n}\u00a0m`,
  secondsShort: (n) => `${n}\u00a0giây`,
  minutesShort: (n) => `${n}\u00a0phút`,
  guidanceHeading: 'Lời khuyên của chuyên viên trị liệu',
  eachSide: (dose) => `${dose} mỗi bên`,
  side: 'Bên tập',
  sides: {
    [Side.BOTH]: 'Cả hai bên',
    [Side.LEFT]: 'Chỉ bên trái',
    [Side.RIGHT]: 'Chỉ bên phải',
  },
  tempo: 'Nhịp độ',
  load: 'Tạ / dụng cụ',
  rest: 'Nghỉ',
  restBetweenSets: (d) => `${d} giữa các hiệp`,
  noRest: 'Không nghỉ giữa các hiệp',
  howOften: 'Tần suất',
  sessionsPerWeek: (n) =>
    n === 7 ? 'Mỗi ngày' : n === 14 ? 'Hai lần mỗi ngày' : `${n} lần mỗi tuần`,
  notes: 'Ghi chú',
  labelled: (label) => `${label}: `,
  photoBy: (credit) => `Ảnh: ${credit}`,
  photoCredit: (credit, licence) => `Ảnh: ${credit}, giấy phép ${licence}`,
  photoLicenceOnly: (licence) => `Giấy phép ảnh: ${licence}`,
  scanToOpen: 'Quét mã để mở chương trình này trực tuyến',
  continued: (name) => `${name} (tiếp theo)`,
  questions: (phone) => `Có thắc mắc? Hãy gọi cho chúng tôi theo số ${phone}.`,
  pageOf: (page, pages) => `Trang ${page}/${pages}`,
  downloadPdf: 'Tải xuống PDF',
  defaultTitle: 'Chương trình tập luyện tại nhà của bạn',
  linkGone: 'Liên kết này không còn hoạt động.',
  askClinic: 'Vui lòng liên hệ phòng khám để nhận liên kết mới.',
  tempoPhrases: {
    lowerFor: (d) => `hạ xuống trong ${d}`,
    lowerQuickly: 'hạ xuống nhanh',
    lowerAsFastAsYouCan: 'hạ xuống nhanh nhất có thể',
    pauseAtBottom: (d) => `dừng ${d} ở dưới`,
    noPauseAtBottom: 'không dừng ở dưới',
    liftIn: (d) => `nâng lên trong ${d}`,
    liftQuickly: 'nâng lên nhanh',
    liftAsFastAsYouCan: 'nâng lên nhanh nhất có thể',
    pauseAtTop: (d) => `dừng ${d} ở trên`,
    noPauseAtTop: 'không dừng ở trên',
    separator: ', ',
    effortIn: (d) => `dùng ${d} cho phần gắng sức`,
    effortQuickly: 'gắng sức nhanh',
    effortAsFastAsYouCan: 'gắng sức nhanh nhất có thể',
    holdEffort: (d) => `giữ ${d}`,
    returnIn: (d) => `trở về trong ${d}`,
    returnQuickly: 'trở về nhanh',
    returnAsFastAsYouCan: 'trở về nhanh nhất có thể',
    pauseBeforeNext: (d) => `dừng ${d} trước lần tiếp theo`,
    stepOutIn: (d) => `bước ra trong ${d}`,
    stepOutQuickly: 'bước ra nhanh',
    pauseWide: (d) => `dừng ${d} khi hai chân đang dang rộng`,
    bringFootInIn: (d) => `thu chân kia vào trong ${d}`,
    bringFootInQuickly: 'thu chân kia vào nhanh',
    pauseBeforeNextStep: (d) => `dừng ${d} trước bước tiếp theo`,
    springyContacts: 'chạm đất nhanh và nảy: tiếp đất nhẹ nhàng rồi bật lên lại ngay',
    landAndHold: (d) => `tiếp đất nhẹ nhàng, giữ tư thế tiếp đất ${d} rồi bật lên lại`,
    restBetweenContacts: (d) => `nghỉ ${d} trước lần tiếp theo`,
    holdStill: (d) => `giữ tư thế trong ${d}`,
    holdStretch: (d) => `từ từ vào tư thế kéo giãn và giữ trong ${d}, thở bình thường`,
  },
};

const zh: HandoutMessages = {
  languageTag: 'zh-CN',
  documentSubject: '居家训练计划',
  preparedFor: '患者',
  date: '日期',
  clinician: '治疗师',
  phone: '电话',
  exerciseCount: (n) => `共${n}个动作`,
  howToDoIt: '动作步骤',
  keepInMind: '要点',
  takeCare: '注意事项',
  yourPrescription: '训练处方',
  setsTimesReps: '组数 × 次数',
  setsTimesHold: '组数 × 保持时间',
  seconds: (n) => `${n}秒`,
  minutes: (n) => `${n}分钟`,
  setsTimesDistance: '组数 × 距离',
  setsTimesTime: '组数 × 时长',
  metres: (n) => `${n}米`,
  secondsShort: (n) => `${n}秒`,
  minutesShort: (n) => `${n}分钟`,
  guidanceHeading: '治疗师的建议',
  eachSide: (dose) => `每侧 ${dose}`,
  side: '侧别',
  sides: {
    [Side.BOTH]: '两侧都做',
    [Side.LEFT]: '仅左侧',
    [Side.RIGHT]: '仅右侧',
  },
  tempo: '节奏',
  load: '负荷',
  rest: '休息',
  restBetweenSets: (d) => `组间休息${d}`,
  noRest: '组间不休息',
  howOften: '频率',
  sessionsPerWeek: (n) => (n === 7 ? '每天' : n === 14 ? '每天两次' : `每周${n}次`),
  notes: '备注',
  labelled: (label) => `${label}：`,
  photoBy: (credit) => `图片：${credit}`,
  photoCredit: (credit, licence) => `图片：${credit}，许可协议：${licence}`,
  photoLicenceOnly: (licence) => `图片许可协议：${licence}`,
  scanToOpen: '扫码在线查看本训练计划',
  continued: (name) => `${name}（续）`,
  questions: (phone) => `如有疑问，请致电 ${phone}。`,
  pageOf: (page, pages) => `第${page}页，共${pages}页`,
  downloadPdf: '下载 PDF',
  defaultTitle: '您的居家锻炼计划',
  linkGone: '此链接已失效。',
  askClinic: '请向您的诊所索取新的链接。',
  tempoPhrases: {
    lowerFor: (d) => `用${d}下放`,
    lowerQuickly: '快速下放',
    lowerAsFastAsYouCan: '尽可能快地下放',
    pauseAtBottom: (d) => `在底部停${d}`,
    noPauseAtBottom: '底部不停顿',
    liftIn: (d) => `用${d}抬起`,
    liftQuickly: '快速抬起',
    liftAsFastAsYouCan: '尽可能快地抬起',
    pauseAtTop: (d) => `在顶部停${d}`,
    noPauseAtTop: '顶部不停顿',
    separator: '，',
    effortIn: (d) => `用${d}完成发力`,
    effortQuickly: '快速发力',
    effortAsFastAsYouCan: '尽可能快地发力',
    holdEffort: (d) => `保持${d}`,
    returnIn: (d) => `用${d}回到起始位置`,
    returnQuickly: '快速回到起始位置',
    returnAsFastAsYouCan: '尽可能快地回到起始位置',
    pauseBeforeNext: (d) => `下一次前停${d}`,
    stepOutIn: (d) => `用${d}向外迈步`,
    stepOutQuickly: '快速向外迈步',
    pauseWide: (d) => `双脚分开停${d}`,
    bringFootInIn: (d) => `用${d}收回另一只脚`,
    bringFootInQuickly: '快速收回另一只脚',
    pauseBeforeNextStep: (d) => `下一步前停${d}`,
    springyContacts: '快速而有弹性地触地：轻柔落地，立即再次弹起',
    landAndHold: (d) => `轻柔落地，保持落地姿势${d}，再弹起`,
    restBetweenContacts: (d) => `下一次前休息${d}`,
    holdStill: (d) => `保持姿势${d}`,
    holdStretch: (d) => `慢慢进入拉伸，保持${d}，正常呼吸`,
  },
};

export const MESSAGES: Readonly<Record<Locale, HandoutMessages>> = {
  [Locale.EN]: en,
  [Locale.ES]: es,
  [Locale.VI]: vi,
  [Locale.ZH]: zh,
};

/** The catalogue for a locale; an unknown value (an old snapshot, say) reads as English. */
export function messagesFor(locale: Locale): HandoutMessages {
  return MESSAGES[locale] ?? en;
}
