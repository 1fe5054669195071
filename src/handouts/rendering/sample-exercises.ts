import { Side, type ItemPrescription } from '../../programs/program-item.js';
import { Locale } from '../../translations/locale.js';

/** The text of one exercise in one language, with the clinician's words for its prescription. */
export interface SampleText {
  name: string;
  summary: string;
  steps: string[];
  cues: string[];
  precautions: string[];
  load?: string;
  notes?: string;
}

export interface SampleExercise {
  slug: string;
  /** Folder of its picture in free-exercise-db, when that data set has one that fits. */
  picture?: string;
  prescription: Omit<ItemPrescription, 'load' | 'notes'>;
  text: Record<Locale, SampleText>;
}

const rx = (p: Partial<SampleExercise['prescription']>): SampleExercise['prescription'] => ({
  sets: 3,
  reps: null,
  holdSeconds: null,
  tempo: null,
  sessionsPerWeek: 3,
  side: Side.BOTH,
  restSeconds: null,
  ...p,
});

/** A realistic program for a runner with knee and Achilles trouble, in the four handout languages. */
export const SAMPLE_EXERCISES: SampleExercise[] = [
  {
    slug: 'single-leg-glute-bridge',
    picture: 'Single_Leg_Glute_Bridge',
    prescription: rx({ reps: 12, tempo: '3-1-1-0', restSeconds: 60 }),
    text: {
      [Locale.EN]: {
        name: 'Single-leg glute bridge',
        summary:
          'Strengthens the buttock muscles that keep your pelvis level when you land on one leg.',
        steps: [
          'Lie on your back with both knees bent and your feet flat, hip-width apart.',
          'Straighten one leg so that your thighs stay level with each other.',
          'Push through the heel of the bent leg and lift your hips until your body is in a straight line from shoulder to knee.',
          'Lower your hips slowly back to the floor.',
        ],
        cues: [
          'Keep your pelvis level: do not let the lifted side drop.',
          'Squeeze your buttock at the top rather than arching your lower back.',
        ],
        precautions: [
          'Stop if you feel cramping in the back of your thigh; bring your heel closer to your buttock.',
        ],
        notes: 'Stop if knee pain goes above 3 out of 10.',
      },
      [Locale.ES]: {
        name: 'Puente de glúteo a una pierna',
        summary:
          'Fortalece los glúteos, que mantienen la pelvis nivelada cuando aterriza sobre una pierna.',
        steps: [
          'Túmbese boca arriba con las rodillas dobladas y los pies apoyados, separados al ancho de las caderas.',
          'Estire una pierna de modo que los muslos queden a la misma altura.',
          'Empuje con el talón de la pierna doblada y eleve la cadera hasta que hombros, cadera y rodilla formen una línea recta.',
          'Baje la cadera lentamente hasta el suelo.',
        ],
        cues: [
          'Mantenga la pelvis nivelada: que no caiga el lado de la pierna estirada.',
          'Apriete el glúteo arriba en lugar de arquear la zona lumbar.',
        ],
        precautions: [
          'Si nota un calambre en la parte posterior del muslo, pare y acerque el talón a los glúteos.',
        ],
        notes: 'Pare si el dolor de rodilla supera 3 sobre 10.',
      },
      [Locale.VI]: {
        name: 'Nâng hông một chân',
        summary:
          'Tăng sức mạnh cơ mông, giúp giữ khung chậu thăng bằng khi bạn tiếp đất bằng một chân.',
        steps: [
          'Nằm ngửa, co hai gối, bàn chân đặt phẳng trên sàn, rộng bằng hông.',
          'Duỗi thẳng một chân sao cho hai đùi ngang nhau.',
          'Đạp gót chân đang co xuống sàn và nâng hông lên cho đến khi vai, hông và gối thành một đường thẳng.',
          'Từ từ hạ hông xuống sàn.',
        ],
        cues: [
          'Giữ khung chậu cân bằng, không để bên chân duỗi bị xệ xuống.',
          'Siết cơ mông ở điểm cao nhất, không ưỡn thắt lưng.',
        ],
        precautions: [
          'Dừng lại nếu bị chuột rút ở mặt sau đùi; hãy kéo gót chân lại gần mông hơn.',
        ],
        notes: 'Dừng lại nếu đau gối trên 3/10.',
      },
      [Locale.ZH]: {
        name: '单腿臀桥',
        summary: '强化臀部肌肉，帮助你单脚落地时保持骨盆水平。',
        steps: [
          '仰卧，双膝弯曲，双脚平放在地面上，与髋同宽。',
          '伸直一条腿，使两侧大腿保持平行。',
          '弯曲侧的脚跟向下发力，抬起臀部，直到肩、髋、膝成一条直线。',
          '慢慢把臀部放回地面。',
        ],
        cues: ['保持骨盆水平，不要让伸直腿一侧下沉。', '在顶端收紧臀部，而不是拱起下背部。'],
        precautions: ['如果大腿后侧抽筋，请停止，并把脚跟移近臀部。'],
        notes: '如果膝盖疼痛超过3分（满分10分），请停止。',
      },
    },
  },
  {
    slug: 'eccentric-heel-drop',
    prescription: rx({
      reps: 15,
      tempo: '4-0-1-0',
      side: Side.RIGHT,
      sessionsPerWeek: 7,
      restSeconds: 60,
    }),
    text: {
      [Locale.EN]: {
        name: 'Eccentric heel drop on a step',
        summary:
          'Loads the Achilles tendon and calf slowly, which helps the tendon adapt and recover.',
        steps: [
          'Stand on the edge of a step on the balls of both feet, holding a rail for balance.',
          'Rise up onto your toes using both feet.',
          'Lift the other foot off and slowly lower the heel of the working leg below the step.',
          'Put the other foot back down and rise again with both feet.',
        ],
        cues: [
          'Keep your knee straight for the calf, or slightly bent to work the deeper muscle.',
          'Lower smoothly all the way; do not drop at the end.',
        ],
        precautions: ['Hold the rail at all times.'],
        load: '5 kg backpack',
        notes: 'Achilles discomfort up to 3 out of 10 is fine if it settles by the next morning.',
      },
      [Locale.ES]: {
        name: 'Descenso excéntrico de talón en escalón',
        summary:
          'Carga el tendón de Aquiles y la pantorrilla de forma lenta, lo que ayuda al tendón a adaptarse y recuperarse.',
        steps: [
          'Colóquese en el borde de un escalón apoyando solo la parte delantera de ambos pies y sujétese a la barandilla.',
          'Suba de puntillas con los dos pies.',
          'Levante el otro pie y baje despacio el talón de la pierna que trabaja por debajo del escalón.',
          'Vuelva a apoyar el otro pie y suba de nuevo con los dos.',
        ],
        cues: [
          'Rodilla estirada para trabajar el gemelo, o ligeramente doblada para el sóleo.',
          'Baje de forma continua hasta el final, sin dejarse caer.',
        ],
        precautions: ['Sujétese siempre a la barandilla.'],
        load: 'Mochila con 5 kg',
        notes:
          'Una molestia en el Aquiles de hasta 3 sobre 10 es aceptable si desaparece a la mañana siguiente.',
      },
      [Locale.VI]: {
        name: 'Hạ gót chậm trên bậc thang',
        summary: 'Tác động chậm lên gân gót và bắp chân, giúp gân thích nghi và hồi phục.',
        steps: [
          'Đứng ở mép bậc thang bằng phần trước của hai bàn chân, tay vịn lan can để giữ thăng bằng.',
          'Nhón gót lên bằng cả hai chân.',
          'Nhấc chân kia lên và từ từ hạ gót của chân đang tập xuống thấp hơn mặt bậc.',
          'Đặt chân kia xuống lại và nhón lên bằng cả hai chân.',
        ],
        cues: [
          'Giữ gối thẳng để tập cơ bắp chân, hoặc hơi co gối để tập cơ sâu hơn.',
          'Hạ xuống đều đến hết tầm, không thả rơi ở cuối.',
        ],
        precautions: ['Luôn vịn lan can.'],
        load: 'Ba lô nặng 5 kg',
        notes: 'Khó chịu ở gân gót đến mức 3/10 là chấp nhận được nếu hết vào sáng hôm sau.',
      },
      [Locale.ZH]: {
        name: '台阶离心提踵',
        summary: '缓慢地给跟腱和小腿施加负荷，帮助肌腱适应和恢复。',
        steps: [
          '用双脚前脚掌站在台阶边缘，手扶栏杆保持平衡。',
          '双脚一起踮起脚尖。',
          '抬起另一只脚，让训练侧的脚跟慢慢降到台阶以下。',
          '放下另一只脚，再用双脚踮起。',
        ],
        cues: ['膝盖伸直练腓肠肌，微屈膝练比目鱼肌。', '全程匀速下放，最后不要突然掉下去。'],
        precautions: ['全程扶好栏杆。'],
        load: '5公斤背包',
        notes: '跟腱不适在3分以内（满分10分）且第二天早上能缓解，就没有问题。',
      },
    },
  },
  {
    slug: 'split-squat',
    picture: 'Split_Squats',
    prescription: rx({ reps: 10, tempo: '2-0-1-0', restSeconds: 90 }),
    text: {
      [Locale.EN]: {
        name: 'Split squat',
        summary: 'Builds strength in the thigh and buttock of each leg in a running-like stance.',
        steps: [
          'Stand in a long stride, front foot flat, back heel off the floor.',
          'Bend both knees and lower straight down until the back knee nearly touches the floor.',
          'Push through the front foot to come back up.',
          'Finish all repetitions, then swap legs.',
        ],
        cues: [
          'Keep your front knee in line with your second toe.',
          'Keep your body upright, as if sliding down a wall.',
        ],
        precautions: [],
        load: 'Two 6 kg dumbbells',
      },
      [Locale.ES]: {
        name: 'Sentadilla dividida',
        summary:
          'Fortalece el muslo y el glúteo de cada pierna en una postura parecida a la de la carrera.',
        steps: [
          'Colóquese con un pie adelantado y el otro atrás, el pie delantero bien apoyado y el talón trasero levantado.',
          'Doble ambas rodillas y baje en vertical hasta que la rodilla de atrás casi toque el suelo.',
          'Empuje con el pie delantero para volver a subir.',
          'Haga todas las repeticiones y después cambie de pierna.',
        ],
        cues: [
          'Mantenga la rodilla delantera alineada con el segundo dedo del pie.',
          'Mantenga el tronco erguido, como si bajara pegado a una pared.',
        ],
        precautions: [],
        load: 'Dos mancuernas de 6 kg',
      },
      [Locale.VI]: {
        name: 'Chùng chân tại chỗ',
        summary: 'Tăng sức mạnh cơ đùi và cơ mông của từng chân ở tư thế giống như khi chạy.',
        steps: [
          'Đứng chân trước chân sau cách nhau một sải bước dài, bàn chân trước đặt phẳng, gót chân sau nhấc lên.',
          'Gập cả hai gối và hạ người thẳng xuống cho đến khi gối sau gần chạm sàn.',
          'Đạp bàn chân trước để đứng lên.',
          'Tập hết số lần rồi đổi chân.',
        ],
        cues: [
          'Giữ gối trước thẳng hàng với ngón chân thứ hai.',
          'Giữ thân người thẳng đứng, như đang trượt dọc theo bức tường.',
        ],
        precautions: [],
        load: 'Hai quả tạ tay 6 kg',
      },
      [Locale.ZH]: {
        name: '分腿蹲',
        summary: '以类似跑步的站姿，分别强化每条腿的大腿和臀部力量。',
        steps: [
          '前后大步站立，前脚全脚掌着地，后脚脚跟抬起。',
          '双膝同时弯曲，身体垂直下降，直到后膝接近地面。',
          '前脚发力蹬地，回到起始姿势。',
          '做完一侧的全部次数后换腿。',
        ],
        cues: ['前膝与第二个脚趾方向一致。', '上身保持直立，就像贴着墙往下滑。'],
        precautions: [],
        load: '两个6公斤哑铃',
      },
    },
  },
  {
    slug: 'side-plank',
    picture: 'Side_Bridge',
    prescription: rx({ holdSeconds: 30, sessionsPerWeek: 4, restSeconds: 30 }),
    text: {
      [Locale.EN]: {
        name: 'Side plank',
        summary:
          'Trains the muscles along the side of your trunk and hip that stop your pelvis dropping as you run.',
        steps: [
          'Lie on your side with your elbow under your shoulder and your legs straight.',
          'Lift your hips so that your body is in a straight line from head to feet.',
          'Hold, breathing normally.',
          'Lower with control and change sides.',
        ],
        cues: [
          'Do not let your hips sag or push back.',
          'Easier: bend your knees and lift from your knees.',
        ],
        precautions: ['Stop if you feel pain in your shoulder.'],
      },
      [Locale.ES]: {
        name: 'Plancha lateral',
        summary:
          'Trabaja los músculos del lateral del tronco y de la cadera que evitan que la pelvis caiga al correr.',
        steps: [
          'Túmbese de lado con el codo debajo del hombro y las piernas estiradas.',
          'Eleve la cadera hasta que el cuerpo forme una línea recta de la cabeza a los pies.',
          'Mantenga la posición respirando con normalidad.',
          'Baje con control y cambie de lado.',
        ],
        cues: [
          'No deje que la cadera se hunda ni se vaya hacia atrás.',
          'Versión más fácil: doble las rodillas y eleve desde ellas.',
        ],
        precautions: ['Pare si siente dolor en el hombro.'],
      },
      [Locale.VI]: {
        name: 'Plank nghiêng',
        summary: 'Tập các cơ ở hai bên thân và hông, giúp khung chậu không bị xệ khi chạy.',
        steps: [
          'Nằm nghiêng, khuỷu tay đặt ngay dưới vai, hai chân duỗi thẳng.',
          'Nâng hông lên sao cho cơ thể thành một đường thẳng từ đầu đến chân.',
          'Giữ nguyên tư thế và thở đều.',
          'Hạ xuống có kiểm soát rồi đổi bên.',
        ],
        cues: [
          'Không để hông võng xuống hay đẩy ra sau.',
          'Bài dễ hơn: co gối và nâng người từ đầu gối.',
        ],
        precautions: ['Dừng lại nếu thấy đau vai.'],
      },
      [Locale.ZH]: {
        name: '侧平板支撑',
        summary: '锻炼躯干和髋部两侧的肌肉，防止跑步时骨盆下沉。',
        steps: [
          '侧卧，肘部位于肩膀正下方，双腿伸直。',
          '抬起髋部，使身体从头到脚成一条直线。',
          '保持姿势，正常呼吸。',
          '有控制地放下，然后换另一侧。',
        ],
        cues: ['不要让髋部下沉或向后翘。', '简化版：屈膝，以膝盖为支点抬起身体。'],
        precautions: ['如果肩膀疼痛，请停止。'],
      },
    },
  },
  {
    slug: 'side-lying-hip-abduction',
    prescription: rx({
      reps: 15,
      tempo: '2-1-2-0',
      side: Side.LEFT,
      sessionsPerWeek: 4,
      restSeconds: 45,
    }),
    text: {
      [Locale.EN]: {
        name: 'Side-lying hip abduction',
        summary:
          'Strengthens the gluteus medius, the muscle on the side of the hip that steadies the knee and pelvis.',
        steps: [
          'Lie on your side with the bottom knee bent and the top leg straight, in line with your body.',
          'Turn the top toes slightly towards the floor.',
          'Lift the top leg towards the ceiling, leading with the heel.',
          'Lower slowly without letting the leg rest.',
        ],
        cues: [
          'Keep the leg slightly behind your body, not in front.',
          'You should feel it on the side of your hip, not in the front of your thigh.',
        ],
        precautions: [],
        load: '1 kg ankle weight',
      },
      [Locale.ES]: {
        name: 'Abducción de cadera de lado',
        summary:
          'Fortalece el glúteo medio, el músculo lateral de la cadera que estabiliza la rodilla y la pelvis.',
        steps: [
          'Túmbese de lado con la rodilla de abajo doblada y la pierna de arriba estirada, alineada con el cuerpo.',
          'Gire ligeramente los dedos del pie de arriba hacia el suelo.',
          'Eleve la pierna de arriba hacia el techo, dirigiendo el movimiento con el talón.',
          'Baje despacio sin apoyar la pierna.',
        ],
        cues: [
          'Mantenga la pierna un poco por detrás del cuerpo, no por delante.',
          'Debe notarlo en el lateral de la cadera, no en la parte delantera del muslo.',
        ],
        precautions: [],
        load: 'Tobillera lastrada de 1 kg',
      },
      [Locale.VI]: {
        name: 'Dạng hông nằm nghiêng',
        summary:
          'Tăng sức mạnh cơ mông nhỡ, nhóm cơ ở mặt bên hông giúp giữ vững gối và khung chậu.',
        steps: [
          'Nằm nghiêng, chân dưới co gối, chân trên duỗi thẳng theo thân người.',
          'Xoay nhẹ các ngón chân trên hướng xuống sàn.',
          'Nâng chân trên lên phía trần nhà, dẫn bằng gót chân.',
          'Hạ xuống từ từ, không đặt chân nghỉ.',
        ],
        cues: [
          'Giữ chân hơi lùi ra sau thân người, không đưa ra trước.',
          'Bạn nên cảm thấy mỏi ở mặt bên hông, không phải mặt trước đùi.',
        ],
        precautions: [],
        load: 'Tạ cổ chân 1 kg',
      },
      [Locale.ZH]: {
        name: '侧卧髋外展',
        summary: '强化臀中肌，即髋部外侧稳定膝盖和骨盆的肌肉。',
        steps: [
          '侧卧，下方腿屈膝，上方腿伸直并与身体成一直线。',
          '上方腿的脚尖略微朝向地面。',
          '以脚跟带动，将上方腿向天花板抬起。',
          '慢慢放下，腿不要落地休息。',
        ],
        cues: ['腿略微保持在身体后方，而不是前方。', '应该感觉到髋部外侧发力，而不是大腿前侧。'],
        precautions: [],
        load: '1公斤绑腿沙袋',
      },
    },
  },
  {
    slug: 'single-leg-romanian-deadlift',
    picture: 'Kettlebell_One-Legged_Deadlift',
    prescription: rx({ reps: 8, tempo: '3-0-1-1', sessionsPerWeek: 2, restSeconds: 90 }),
    text: {
      [Locale.EN]: {
        name: 'Single-leg Romanian deadlift',
        summary: 'Strengthens the hamstrings and buttocks and trains balance on one leg.',
        steps: [
          'Stand on one leg with a slight bend in the knee, holding the weight in the opposite hand.',
          'Hinge forward at the hip, letting the free leg reach back behind you.',
          'Lower until you feel a stretch at the back of the standing thigh.',
          'Drive the hip forward to return to standing tall.',
        ],
        cues: [
          'Keep your back flat and your hips square to the floor.',
          'Think of your body as a see-saw, pivoting at the hip.',
        ],
        precautions: ['Use a wall or chair for balance at first.'],
        load: '8 kg kettlebell',
      },
      [Locale.ES]: {
        name: 'Peso muerto rumano a una pierna',
        summary:
          'Fortalece los isquiotibiales y los glúteos y entrena el equilibrio sobre una pierna.',
        steps: [
          'Apóyese en una pierna con la rodilla ligeramente flexionada y sujete el peso con la mano contraria.',
          'Inclínese hacia delante desde la cadera mientras la pierna libre se estira hacia atrás.',
          'Baje hasta notar estiramiento en la parte posterior del muslo de apoyo.',
          'Lleve la cadera hacia delante para volver a la posición erguida.',
        ],
        cues: [
          'Mantenga la espalda recta y la cadera paralela al suelo.',
          'Imagine que su cuerpo es un balancín que gira sobre la cadera.',
        ],
        precautions: [
          'Al principio, apóyese en una pared o una silla para mantener el equilibrio.',
        ],
        load: 'Pesa rusa de 8 kg',
      },
      [Locale.VI]: {
        name: 'Deadlift Romania một chân',
        summary: 'Tăng sức mạnh cơ đùi sau và cơ mông, đồng thời luyện thăng bằng trên một chân.',
        steps: [
          'Đứng trên một chân, gối hơi co, tay bên đối diện cầm tạ.',
          'Gập người về trước từ hông, để chân tự do duỗi ra phía sau.',
          'Hạ xuống cho đến khi thấy căng ở mặt sau đùi chân trụ.',
          'Đẩy hông về trước để trở lại tư thế đứng thẳng.',
        ],
        cues: [
          'Giữ lưng thẳng và hông song song với sàn.',
          'Hãy tưởng tượng cơ thể như chiếc bập bênh xoay quanh khớp hông.',
        ],
        precautions: ['Lúc đầu hãy vịn tường hoặc ghế để giữ thăng bằng.'],
        load: 'Tạ ấm 8 kg',
      },
      [Locale.ZH]: {
        name: '单腿罗马尼亚硬拉',
        summary: '强化腘绳肌和臀部，同时训练单腿平衡能力。',
        steps: [
          '单腿站立，膝盖微屈，对侧手持重物。',
          '以髋为轴向前俯身，另一条腿自然向后伸。',
          '下降到支撑腿大腿后侧有拉伸感为止。',
          '向前推髋，回到站直姿势。',
        ],
        cues: ['保持背部平直，髋部与地面平行。', '把身体想象成以髋为支点的跷跷板。'],
        precautions: ['刚开始可以扶墙或椅子保持平衡。'],
        load: '8公斤壶铃',
      },
    },
  },
  {
    slug: 'lateral-step-down',
    prescription: rx({ reps: 10, tempo: '3-0-1-0', side: Side.RIGHT, restSeconds: 60 }),
    text: {
      [Locale.EN]: {
        name: 'Lateral step-down',
        summary:
          'Trains control of the knee over the foot as you bend on one leg, as in every running stride.',
        steps: [
          'Stand sideways on a low step on the working leg, the other foot hanging off the edge.',
          'Bend the standing knee and slowly lower until the free heel lightly touches the floor.',
          'Straighten the knee to rise back up.',
        ],
        cues: [
          'Keep your knee pointing over your second toe; do not let it fall inwards.',
          'Keep your pelvis level and your trunk quiet.',
        ],
        precautions: ['Pain at the front of the knee should stay below 3 out of 10.'],
        notes: 'Start on a 15 cm step; go higher when it feels easy.',
      },
      [Locale.ES]: {
        name: 'Descenso lateral desde escalón',
        summary:
          'Entrena el control de la rodilla sobre el pie al flexionar una pierna, como en cada zancada de la carrera.',
        steps: [
          'Colóquese de lado sobre un escalón bajo apoyando la pierna que trabaja, con el otro pie fuera del borde.',
          'Doble la rodilla de apoyo y baje despacio hasta que el talón libre roce el suelo.',
          'Estire la rodilla para volver a subir.',
        ],
        cues: [
          'La rodilla debe apuntar hacia el segundo dedo del pie; no deje que se vaya hacia dentro.',
          'Mantenga la pelvis nivelada y el tronco estable.',
        ],
        precautions: [
          'El dolor en la parte delantera de la rodilla debe mantenerse por debajo de 3 sobre 10.',
        ],
        notes: 'Empiece con un escalón de 15 cm; súbalo cuando le resulte fácil.',
      },
      [Locale.VI]: {
        name: 'Bước xuống bậc sang bên',
        summary:
          'Luyện khả năng kiểm soát gối trên bàn chân khi gập một chân, giống như trong mỗi sải chạy.',
        steps: [
          'Đứng nghiêng trên một bậc thấp bằng chân tập, chân kia để hờ ngoài mép bậc.',
          'Gập gối chân trụ và hạ người từ từ cho đến khi gót chân tự do chạm nhẹ xuống sàn.',
          'Duỗi gối để trở lại vị trí ban đầu.',
        ],
        cues: [
          'Giữ gối hướng về ngón chân thứ hai, không để gối đổ vào trong.',
          'Giữ khung chậu cân bằng và thân người vững.',
        ],
        precautions: ['Mức đau ở phía trước gối nên dưới 3 trên thang điểm 10.'],
        notes: 'Bắt đầu với bậc cao 15 cm; tăng độ cao khi thấy dễ.',
      },
      [Locale.ZH]: {
        name: '侧向下台阶',
        summary: '训练单腿屈膝时膝盖对准脚的控制能力，就像跑步的每一步。',
        steps: [
          '训练腿侧身站在矮台阶上，另一只脚悬在台阶边缘外。',
          '支撑腿屈膝，慢慢下降，直到悬空脚的脚跟轻触地面。',
          '伸直膝盖回到起始位置。',
        ],
        cues: ['膝盖对准第二个脚趾，不要内扣。', '保持骨盆水平，躯干稳定。'],
        precautions: ['膝盖前侧疼痛应保持在3分以下（满分10分）。'],
        notes: '先用15厘米高的台阶，觉得轻松后再加高。',
      },
    },
  },
  {
    slug: 'banded-clamshell',
    prescription: rx({ sets: 2, reps: 20, tempo: '2-0-1-2', sessionsPerWeek: 5, restSeconds: 30 }),
    text: {
      [Locale.EN]: {
        name: 'Clamshell with band',
        summary: 'Wakes up the deep hip rotators and gluteus medius; a good warm-up before a run.',
        steps: [
          'Lie on your side with hips and knees bent and the band just above your knees.',
          'Keeping your feet together, open the top knee as far as you can without rolling your pelvis back.',
          'Hold briefly, then close slowly.',
        ],
        cues: ['Put your top hand on your hip to feel that it stays still.'],
        precautions: [],
        load: 'Green resistance band',
      },
      [Locale.ES]: {
        name: 'Almeja con banda elástica',
        summary:
          'Activa los rotadores profundos y el glúteo medio; un buen calentamiento antes de correr.',
        steps: [
          'Túmbese de lado con caderas y rodillas flexionadas y la banda justo por encima de las rodillas.',
          'Sin separar los pies, abra la rodilla de arriba todo lo que pueda sin que la pelvis rote hacia atrás.',
          'Mantenga un momento y cierre despacio.',
        ],
        cues: ['Ponga la mano de arriba en la cadera para comprobar que no se mueve.'],
        precautions: [],
        load: 'Banda elástica verde',
      },
      [Locale.VI]: {
        name: 'Bài con sò với dây kháng lực',
        summary:
          'Kích hoạt các cơ xoay sâu của hông và cơ mông nhỡ; là bài khởi động tốt trước khi chạy.',
        steps: [
          'Nằm nghiêng, hông và gối co, dây kháng lực đặt ngay trên gối.',
          'Giữ hai bàn chân chạm nhau, mở gối trên ra càng rộng càng tốt mà không xoay khung chậu ra sau.',
          'Giữ một chút rồi khép lại từ từ.',
        ],
        cues: ['Đặt tay trên lên hông để cảm nhận hông luôn giữ yên.'],
        precautions: [],
        load: 'Dây kháng lực màu xanh lá',
      },
      [Locale.ZH]: {
        name: '弹力带蚌式开合',
        summary: '激活髋部深层旋转肌和臀中肌，是跑步前很好的热身动作。',
        steps: [
          '侧卧，屈髋屈膝，弹力带套在膝盖上方。',
          '双脚保持并拢，尽量打开上方膝盖，骨盆不要向后转。',
          '稍作停留，然后慢慢合拢。',
        ],
        cues: ['上方的手放在髋部，感受髋部保持不动。'],
        precautions: [],
        load: '绿色弹力带',
      },
    },
  },
  {
    slug: 'pogo-hops',
    prescription: rx({ reps: 20, tempo: 'X-0-X-0', sessionsPerWeek: 2, restSeconds: 90 }),
    text: {
      [Locale.EN]: {
        name: 'Pogo hops',
        summary:
          'Short, springy hops that train the calf and Achilles to store and return energy, as they do in running.',
        steps: [
          'Stand tall with your feet hip-width apart.',
          'Hop up and down on the balls of your feet, keeping your knees almost straight.',
          'Spend as little time on the ground as possible, as if the floor were hot.',
        ],
        cues: [
          'Stay light and quiet on landing.',
          'Keep the hops small: a few centimetres is enough.',
        ],
        precautions: ['Do not do this exercise if your Achilles or calf is painful on the day.'],
        notes: 'Only on days without a hard run.',
      },
      [Locale.ES]: {
        name: 'Saltos de tobillo (pogo)',
        summary:
          'Saltos cortos y elásticos que enseñan a la pantorrilla y al Aquiles a almacenar y devolver energía, como al correr.',
        steps: [
          'Póngase de pie, erguido, con los pies separados al ancho de las caderas.',
          'Salte arriba y abajo sobre la parte delantera de los pies, con las rodillas casi estiradas.',
          'Pase el menor tiempo posible en el suelo, como si quemara.',
        ],
        cues: [
          'Aterrice de forma ligera y silenciosa.',
          'Haga saltos pequeños: bastan unos centímetros.',
        ],
        precautions: ['No haga este ejercicio si ese día le duele el Aquiles o la pantorrilla.'],
        notes: 'Solo los días sin entrenamiento intenso de carrera.',
      },
      [Locale.VI]: {
        name: 'Bật nhảy pogo',
        summary:
          'Những cú bật ngắn và nảy giúp bắp chân và gân gót tích trữ rồi giải phóng năng lượng, giống như khi chạy.',
        steps: [
          'Đứng thẳng, hai bàn chân rộng bằng hông.',
          'Bật lên xuống bằng phần trước bàn chân, gối gần như thẳng.',
          'Chạm đất càng ngắn càng tốt, như thể sàn nhà đang nóng.',
        ],
        cues: ['Tiếp đất nhẹ nhàng và êm.', 'Bật thấp thôi: vài xăng-ti-mét là đủ.'],
        precautions: ['Không tập bài này vào ngày gân gót hoặc bắp chân đang đau.'],
        notes: 'Chỉ tập vào những ngày không chạy nặng.',
      },
      [Locale.ZH]: {
        name: '原地踝跳',
        summary: '短促而有弹性的跳跃，训练小腿和跟腱像跑步时那样储存并释放能量。',
        steps: [
          '站直，双脚与髋同宽。',
          '用前脚掌上下弹跳，膝盖几乎伸直。',
          '尽量缩短触地时间，就像地面很烫一样。',
        ],
        cues: ['落地轻盈、安静。', '跳跃幅度要小，几厘米就够了。'],
        precautions: ['当天跟腱或小腿疼痛时不要做这个练习。'],
        notes: '仅在没有高强度跑步的日子进行。',
      },
    },
  },
  {
    slug: 'wall-calf-stretch',
    prescription: rx({ holdSeconds: 30, sessionsPerWeek: 7 }),
    text: {
      [Locale.EN]: {
        name: 'Wall calf stretch',
        summary: 'Eases tightness in the calf after runs and strength sessions.',
        steps: [
          'Stand facing a wall with your hands on it at shoulder height.',
          'Step one foot back, keeping the heel down and the knee straight.',
          'Lean towards the wall until you feel a stretch in the back calf.',
        ],
        cues: [
          'Point both feet straight ahead.',
          'Bend the back knee slightly to stretch lower down, near the Achilles.',
        ],
        precautions: [],
      },
      [Locale.ES]: {
        name: 'Estiramiento de gemelo en la pared',
        summary:
          'Alivia la tensión en la pantorrilla después de correr y de las sesiones de fuerza.',
        steps: [
          'Colóquese frente a una pared con las manos apoyadas a la altura de los hombros.',
          'Lleve un pie hacia atrás con el talón apoyado y la rodilla estirada.',
          'Inclínese hacia la pared hasta notar estiramiento en la pantorrilla de atrás.',
        ],
        cues: [
          'Los dos pies deben apuntar hacia delante.',
          'Doble un poco la rodilla de atrás para estirar más abajo, cerca del Aquiles.',
        ],
        precautions: [],
      },
      [Locale.VI]: {
        name: 'Giãn bắp chân với tường',
        summary: 'Giảm căng cứng bắp chân sau khi chạy và sau buổi tập sức mạnh.',
        steps: [
          'Đứng đối diện bức tường, hai tay chống tường ngang vai.',
          'Lùi một chân ra sau, gót chân chạm sàn và gối duỗi thẳng.',
          'Nghiêng người về phía tường cho đến khi thấy căng ở bắp chân sau.',
        ],
        cues: [
          'Hai bàn chân hướng thẳng về phía trước.',
          'Hơi co gối chân sau để giãn phần thấp hơn, gần gân gót.',
        ],
        precautions: [],
      },
      [Locale.ZH]: {
        name: '扶墙小腿拉伸',
        summary: '缓解跑步和力量训练后小腿的紧绷感。',
        steps: [
          '面对墙站立，双手扶墙，与肩同高。',
          '一只脚向后迈一步，脚跟着地，膝盖伸直。',
          '身体向墙倾斜，直到后侧小腿有拉伸感。',
        ],
        cues: ['双脚脚尖朝正前方。', '后腿膝盖稍微弯曲，可以拉伸更靠近跟腱的部位。'],
        precautions: [],
      },
    },
  },
];
