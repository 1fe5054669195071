import type { LoadIntensity } from '../../exercises/exercise.entity.js';
import {
  BandColour,
  Equipment,
  IntensityScale,
  LoadKind,
  MassUnit,
} from '../../exercises/vocabulary.js';
import { Locale } from '../../translations/locale.js';

/** What resists an exercise, as the library tags it: printed when a prescription names no load. */
export interface ExerciseLoad {
  kind: LoadKind;
  equipment: Equipment[];
  intensity: LoadIntensity | null;
}

interface LoadPhrases {
  bodyWeight: string;
  assisted: string;
  equipment: Record<Exclude<Equipment, Equipment.NONE>, string>;
  /** A band of a colour: "red band". */
  band(colour: string): string;
  colours: Record<BandColour, string>;
  effort(rpe: number): string;
  inReserve(reps: number): string;
  percentOfMax(percent: number): string;
  /** Joins the parts of one load description. */
  join: string;
  capitalise: boolean;
}

const EN: LoadPhrases = {
  bodyWeight: 'body weight',
  assisted: 'with support',
  equipment: {
    [Equipment.DUMBBELL]: 'dumbbell',
    [Equipment.KETTLEBELL]: 'kettlebell',
    [Equipment.BARBELL]: 'barbell',
    [Equipment.RESISTANCE_BAND]: 'resistance band',
    [Equipment.CABLE]: 'cable machine',
    [Equipment.MACHINE]: 'machine',
    [Equipment.MEDICINE_BALL]: 'medicine ball',
    [Equipment.STEP_OR_BOX]: 'step or box',
    [Equipment.SLIDER]: 'slider',
    [Equipment.BALANCE_PAD]: 'balance pad',
    [Equipment.WALL]: 'wall',
  },
  band: (colour) => `${colour} band`,
  colours: {
    [BandColour.YELLOW]: 'yellow',
    [BandColour.RED]: 'red',
    [BandColour.GREEN]: 'green',
    [BandColour.BLUE]: 'blue',
    [BandColour.BLACK]: 'black',
    [BandColour.SILVER]: 'silver',
    [BandColour.GOLD]: 'gold',
  },
  effort: (n) => `effort ${n} out of 10`,
  inReserve: (n) =>
    n === 1 ? 'stop 1 rep before you could no more' : `stop ${n} reps before you could no more`,
  percentOfMax: (n) => `${n}% of your maximum`,
  join: ', ',
  capitalise: true,
};

const ES: LoadPhrases = {
  bodyWeight: 'su peso corporal',
  assisted: 'con apoyo',
  equipment: {
    [Equipment.DUMBBELL]: 'mancuerna',
    [Equipment.KETTLEBELL]: 'pesa rusa',
    [Equipment.BARBELL]: 'barra',
    [Equipment.RESISTANCE_BAND]: 'banda elástica',
    [Equipment.CABLE]: 'polea',
    [Equipment.MACHINE]: 'máquina',
    [Equipment.MEDICINE_BALL]: 'balón medicinal',
    [Equipment.STEP_OR_BOX]: 'escalón o cajón',
    [Equipment.SLIDER]: 'deslizador',
    [Equipment.BALANCE_PAD]: 'cojín de equilibrio',
    [Equipment.WALL]: 'pared',
  },
  band: (colour) => `banda ${colour}`,
  colours: {
    [BandColour.YELLOW]: 'amarilla',
    [BandColour.RED]: 'roja',
    [BandColour.GREEN]: 'verde',
    [BandColour.BLUE]: 'azul',
    [BandColour.BLACK]: 'negra',
    [BandColour.SILVER]: 'plateada',
    [BandColour.GOLD]: 'dorada',
  },
  effort: (n) => `esfuerzo ${n} de 10`,
  inReserve: (n) =>
    n === 1
      ? 'pare 1 repetición antes de no poder más'
      : `pare ${n} repeticiones antes de no poder más`,
  percentOfMax: (n) => `${n} % de su máximo`,
  join: ', ',
  capitalise: true,
};

const VI: LoadPhrases = {
  bodyWeight: 'trọng lượng cơ thể',
  assisted: 'có hỗ trợ',
  equipment: {
    [Equipment.DUMBBELL]: 'tạ đơn',
    [Equipment.KETTLEBELL]: 'tạ ấm',
    [Equipment.BARBELL]: 'tạ đòn',
    [Equipment.RESISTANCE_BAND]: 'dây kháng lực',
    [Equipment.CABLE]: 'máy kéo cáp',
    [Equipment.MACHINE]: 'máy tập',
    [Equipment.MEDICINE_BALL]: 'bóng tạ',
    [Equipment.STEP_OR_BOX]: 'bậc hoặc hộp',
    [Equipment.SLIDER]: 'đĩa trượt',
    [Equipment.BALANCE_PAD]: 'đệm thăng bằng',
    [Equipment.WALL]: 'tường',
  },
  band: (colour) => `dây ${colour}`,
  colours: {
    [BandColour.YELLOW]: 'màu vàng',
    [BandColour.RED]: 'màu đỏ',
    [BandColour.GREEN]: 'màu xanh lá',
    [BandColour.BLUE]: 'màu xanh dương',
    [BandColour.BLACK]: 'màu đen',
    [BandColour.SILVER]: 'màu bạc',
    [BandColour.GOLD]: 'màu vàng kim',
  },
  effort: (n) => `mức gắng sức ${n}/10`,
  inReserve: (n) => `dừng khi còn sức làm thêm ${n} lần`,
  percentOfMax: (n) => `${n}% mức tối đa của bạn`,
  join: ', ',
  capitalise: true,
};

const ZH: LoadPhrases = {
  bodyWeight: '自身体重',
  assisted: '借助支撑',
  equipment: {
    [Equipment.DUMBBELL]: '哑铃',
    [Equipment.KETTLEBELL]: '壶铃',
    [Equipment.BARBELL]: '杠铃',
    [Equipment.RESISTANCE_BAND]: '弹力带',
    [Equipment.CABLE]: '拉力器',
    [Equipment.MACHINE]: '器械',
    [Equipment.MEDICINE_BALL]: '药球',
    [Equipment.STEP_OR_BOX]: '台阶或跳箱',
    [Equipment.SLIDER]: '滑盘',
    [Equipment.BALANCE_PAD]: '平衡垫',
    [Equipment.WALL]: '墙',
  },
  band: (colour) => `${colour}弹力带`,
  colours: {
    [BandColour.YELLOW]: '黄色',
    [BandColour.RED]: '红色',
    [BandColour.GREEN]: '绿色',
    [BandColour.BLUE]: '蓝色',
    [BandColour.BLACK]: '黑色',
    [BandColour.SILVER]: '银色',
    [BandColour.GOLD]: '金色',
  },
  effort: (n) => `用力程度 ${n}/10`,
  inReserve: (n) => `在力竭前还能再做${n}次时停止`,
  percentOfMax: (n) => `最大重量的${n}%`,
  join: '，',
  capitalise: false,
};

const PHRASES: Record<Locale, LoadPhrases> = {
  [Locale.EN]: EN,
  [Locale.ES]: ES,
  [Locale.VI]: VI,
  [Locale.ZH]: ZH,
};

/**
 * The library's structured load in the patient's words: "Red band", "Dumbbell, 8 kg, effort 6
 * out of 10", "Su peso corporal". Clinicians may write their own `load` on a prescription; this is
 * what prints when they have not, so a template written once prints right in every language.
 */
export function describeLoad(load: ExerciseLoad, locale: Locale): string {
  const p = PHRASES[locale];
  const parts: string[] = [];
  const intensity = load.intensity;
  const gear = load.equipment.filter(
    (e): e is Exclude<Equipment, Equipment.NONE> =>
      e !== Equipment.NONE && e !== Equipment.WALL && e !== Equipment.STEP_OR_BOX,
  );
  if (intensity?.scale === IntensityScale.BAND && intensity.bandColour) {
    parts.push(p.band(p.colours[intensity.bandColour]));
  } else if (gear.length > 0) {
    parts.push(gear.map((e) => p.equipment[e]).join(p.join));
  } else if (load.kind === LoadKind.BODYWEIGHT) {
    parts.push(p.bodyWeight);
  }
  if (load.kind === LoadKind.ASSISTED) parts.push(p.assisted);
  const value = intensity?.value;
  if (intensity && value !== null && value !== undefined) {
    if (intensity.scale === IntensityScale.MASS) {
      parts.push(`${value} ${intensity.unit === MassUnit.LB ? 'lb' : 'kg'}`);
    } else if (intensity.scale === IntensityScale.RPE) parts.push(p.effort(value));
    else if (intensity.scale === IntensityScale.RIR) parts.push(p.inReserve(value));
    else if (intensity.scale === IntensityScale.PERCENT_1RM) parts.push(p.percentOfMax(value));
  }
  const text = parts.join(p.join);
  return p.capitalise ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
