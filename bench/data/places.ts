/**
 * Provinces and some of their prefecture-level cities (real names), and common county and district
 * names that a city is given from (real names too, though not every city has these districts).
 * `abbr` is the province's one-character abbreviation, used in its document numbers (豫政〔2016〕…).
 */

export interface Place {
  zh: string;
  en: string;
  slug: string;
}

export interface Province extends Place {
  abbr: string;
  cities: Place[];
}

const c = (zh: string, en: string): Place => ({ zh, en, slug: en.toLowerCase().replace(/[^a-z0-9]+/g, '-') });

export const PROVINCES: Province[] = [
  {
    ...c('北京市', 'Beijing'),
    abbr: '京',
    cities: [c('北京市', 'Beijing')],
  },
  { ...c('天津市', 'Tianjin'), abbr: '津', cities: [c('天津市', 'Tianjin')] },
  {
    ...c('河北省', 'Hebei'),
    abbr: '冀',
    cities: [
      c('石家庄市', 'Shijiazhuang'),
      c('保定市', 'Baoding'),
      c('承德市', 'Chengde'),
      c('邯郸市', 'Handan'),
      c('张家口市', 'Zhangjiakou'),
      c('正定县', 'Zhengding'),
    ],
  },
  {
    ...c('山西省', 'Shanxi'),
    abbr: '晋',
    cities: [
      c('太原市', 'Taiyuan'),
      c('大同市', 'Datong'),
      c('晋城市', 'Jincheng'),
      c('长治市', 'Changzhi'),
      c('运城市', 'Yuncheng'),
      c('晋中市', 'Jinzhong'),
      c('忻州市', 'Xinzhou'),
    ],
  },
  {
    ...c('内蒙古自治区', 'Inner Mongolia'),
    abbr: '蒙',
    cities: [c('呼和浩特市', 'Hohhot'), c('包头市', 'Baotou'), c('赤峰市', 'Chifeng'), c('鄂尔多斯市', 'Ordos')],
  },
  {
    ...c('辽宁省', 'Liaoning'),
    abbr: '辽',
    cities: [c('沈阳市', 'Shenyang'), c('大连市', 'Dalian'), c('锦州市', 'Jinzhou'), c('丹东市', 'Dandong'), c('鞍山市', 'Anshan')],
  },
  {
    ...c('吉林省', 'Jilin'),
    abbr: '吉',
    cities: [c('长春市', 'Changchun'), c('吉林市', 'Jilin City'), c('集安市', "Ji'an"), c('延边州', 'Yanbian')],
  },
  {
    ...c('黑龙江省', 'Heilongjiang'),
    abbr: '黑',
    cities: [c('哈尔滨市', 'Harbin'), c('齐齐哈尔市', 'Qiqihar'), c('牡丹江市', 'Mudanjiang'), c('黑河市', 'Heihe')],
  },
  { ...c('上海市', 'Shanghai'), abbr: '沪', cities: [c('上海市', 'Shanghai')] },
  {
    ...c('江苏省', 'Jiangsu'),
    abbr: '苏',
    cities: [
      c('南京市', 'Nanjing'),
      c('苏州市', 'Suzhou'),
      c('扬州市', 'Yangzhou'),
      c('无锡市', 'Wuxi'),
      c('镇江市', 'Zhenjiang'),
      c('徐州市', 'Xuzhou'),
      c('常州市', 'Changzhou'),
    ],
  },
  {
    ...c('浙江省', 'Zhejiang'),
    abbr: '浙',
    cities: [
      c('杭州市', 'Hangzhou'),
      c('宁波市', 'Ningbo'),
      c('绍兴市', 'Shaoxing'),
      c('温州市', 'Wenzhou'),
      c('金华市', 'Jinhua'),
      c('湖州市', 'Huzhou'),
    ],
  },
  {
    ...c('安徽省', 'Anhui'),
    abbr: '皖',
    cities: [
      c('合肥市', 'Hefei'),
      c('黄山市', 'Huangshan'),
      c('安庆市', 'Anqing'),
      c('亳州市', 'Bozhou'),
      c('宣城市', 'Xuancheng'),
      c('寿县', 'Shouxian'),
    ],
  },
  {
    ...c('福建省', 'Fujian'),
    abbr: '闽',
    cities: [
      c('福州市', 'Fuzhou'),
      c('泉州市', 'Quanzhou'),
      c('漳州市', 'Zhangzhou'),
      c('龙岩市', 'Longyan'),
      c('南平市', 'Nanping'),
      c('莆田市', 'Putian'),
    ],
  },
  {
    ...c('江西省', 'Jiangxi'),
    abbr: '赣',
    cities: [
      c('南昌市', 'Nanchang'),
      c('景德镇市', 'Jingdezhen'),
      c('赣州市', 'Ganzhou'),
      c('吉安市', "Ji'an City"),
      c('上饶市', 'Shangrao'),
    ],
  },
  {
    ...c('山东省', 'Shandong'),
    abbr: '鲁',
    cities: [
      c('济南市', 'Jinan'),
      c('青岛市', 'Qingdao'),
      c('曲阜市', 'Qufu'),
      c('泰安市', "Tai'an"),
      c('烟台市', 'Yantai'),
      c('聊城市', 'Liaocheng'),
      c('潍坊市', 'Weifang'),
    ],
  },
  {
    ...c('河南省', 'Henan'),
    abbr: '豫',
    cities: [
      c('郑州市', 'Zhengzhou'),
      c('洛阳市', 'Luoyang'),
      c('开封市', 'Kaifeng'),
      c('安阳市', 'Anyang'),
      c('南阳市', 'Nanyang'),
      c('商丘市', 'Shangqiu'),
      c('登封市', 'Dengfeng'),
    ],
  },
  {
    ...c('湖北省', 'Hubei'),
    abbr: '鄂',
    cities: [c('武汉市', 'Wuhan'), c('荆州市', 'Jingzhou'), c('襄阳市', 'Xiangyang'), c('宜昌市', 'Yichang'), c('十堰市', 'Shiyan')],
  },
  {
    ...c('湖南省', 'Hunan'),
    abbr: '湘',
    cities: [
      c('长沙市', 'Changsha'),
      c('岳阳市', 'Yueyang'),
      c('湘西州', 'Xiangxi'),
      c('衡阳市', 'Hengyang'),
      c('常德市', 'Changde'),
      c('怀化市', 'Huaihua'),
    ],
  },
  {
    ...c('广东省', 'Guangdong'),
    abbr: '粤',
    cities: [
      c('广州市', 'Guangzhou'),
      c('潮州市', 'Chaozhou'),
      c('佛山市', 'Foshan'),
      c('江门市', 'Jiangmen'),
      c('梅州市', 'Meizhou'),
      c('肇庆市', 'Zhaoqing'),
    ],
  },
  {
    ...c('广西壮族自治区', 'Guangxi'),
    abbr: '桂',
    cities: [c('南宁市', 'Nanning'), c('桂林市', 'Guilin'), c('柳州市', 'Liuzhou'), c('梧州市', 'Wuzhou')],
  },
  { ...c('海南省', 'Hainan'), abbr: '琼', cities: [c('海口市', 'Haikou'), c('三亚市', 'Sanya'), c('儋州市', 'Danzhou')] },
  { ...c('重庆市', 'Chongqing'), abbr: '渝', cities: [c('重庆市', 'Chongqing')] },
  {
    ...c('四川省', 'Sichuan'),
    abbr: '川',
    cities: [
      c('成都市', 'Chengdu'),
      c('乐山市', 'Leshan'),
      c('绵阳市', 'Mianyang'),
      c('广元市', 'Guangyuan'),
      c('阆中市', 'Langzhong'),
      c('宜宾市', 'Yibin'),
      c('自贡市', 'Zigong'),
    ],
  },
  {
    ...c('贵州省', 'Guizhou'),
    abbr: '黔',
    cities: [c('贵阳市', 'Guiyang'), c('遵义市', 'Zunyi'), c('安顺市', 'Anshun'), c('黔东南州', 'Qiandongnan')],
  },
  {
    ...c('云南省', 'Yunnan'),
    abbr: '滇',
    cities: [
      c('昆明市', 'Kunming'),
      c('大理州', 'Dali'),
      c('丽江市', 'Lijiang'),
      c('红河州', 'Honghe'),
      c('保山市', 'Baoshan'),
      c('建水县', 'Jianshui'),
    ],
  },
  { ...c('西藏自治区', 'Tibet'), abbr: '藏', cities: [c('拉萨市', 'Lhasa'), c('日喀则市', 'Shigatse'), c('山南市', 'Shannan')] },
  {
    ...c('陕西省', 'Shaanxi'),
    abbr: '陕',
    cities: [
      c('西安市', "Xi'an"),
      c('咸阳市', 'Xianyang'),
      c('宝鸡市', 'Baoji'),
      c('渭南市', 'Weinan'),
      c('延安市', "Yan'an"),
      c('榆林市', 'Yulin'),
      c('汉中市', 'Hanzhong'),
    ],
  },
  {
    ...c('甘肃省', 'Gansu'),
    abbr: '甘',
    cities: [
      c('兰州市', 'Lanzhou'),
      c('敦煌市', 'Dunhuang'),
      c('天水市', 'Tianshui'),
      c('武威市', 'Wuwei'),
      c('张掖市', 'Zhangye'),
      c('酒泉市', 'Jiuquan'),
    ],
  },
  { ...c('青海省', 'Qinghai'), abbr: '青', cities: [c('西宁市', 'Xining'), c('海东市', 'Haidong'), c('海西州', 'Haixi')] },
  { ...c('宁夏回族自治区', 'Ningxia'), abbr: '宁', cities: [c('银川市', 'Yinchuan'), c('固原市', 'Guyuan'), c('吴忠市', 'Wuzhong')] },
  {
    ...c('新疆维吾尔自治区', 'Xinjiang'),
    abbr: '新',
    cities: [c('乌鲁木齐市', 'Urumqi'), c('吐鲁番市', 'Turpan'), c('喀什地区', 'Kashgar'), c('和田地区', 'Hotan'), c('伊犁州', 'Ili')],
  },
];

/**
 * County-level names that recur across China (城关, 新华, 河东 …), with the kind of division.
 * A city is given four to six of them; the same names in several cities is true to life.
 */
export const DISTRICTS: { zh: string; en: string; kind: 'district' | 'county' }[] = [
  { zh: '城关区', en: 'Chengguan District', kind: 'district' },
  { zh: '东城区', en: 'Dongcheng District', kind: 'district' },
  { zh: '西城区', en: 'Xicheng District', kind: 'district' },
  { zh: '新华区', en: 'Xinhua District', kind: 'district' },
  { zh: '河东区', en: 'Hedong District', kind: 'district' },
  { zh: '河西区', en: 'Hexi District', kind: 'district' },
  { zh: '南关区', en: 'Nanguan District', kind: 'district' },
  { zh: '北关区', en: 'Beiguan District', kind: 'district' },
  { zh: '鼓楼区', en: 'Gulou District', kind: 'district' },
  { zh: '老城区', en: 'Laocheng District', kind: 'district' },
  { zh: '青山区', en: 'Qingshan District', kind: 'district' },
  { zh: '白云区', en: 'Baiyun District', kind: 'district' },
  { zh: '文峰区', en: 'Wenfeng District', kind: 'district' },
  { zh: '龙泉区', en: 'Longquan District', kind: 'district' },
  { zh: '平山县', en: 'Pingshan County', kind: 'county' },
  { zh: '永安县', en: "Yong'an County", kind: 'county' },
  { zh: '清河县', en: 'Qinghe County', kind: 'county' },
  { zh: '东山县', en: 'Dongshan County', kind: 'county' },
  { zh: '石门县', en: 'Shimen County', kind: 'county' },
  { zh: '宁远县', en: 'Ningyuan County', kind: 'county' },
  { zh: '太平县', en: 'Taiping County', kind: 'county' },
  { zh: '安福县', en: 'Anfu County', kind: 'county' },
  { zh: '长乐县', en: 'Changle County', kind: 'county' },
  { zh: '兴隆县', en: 'Xinglong County', kind: 'county' },
  { zh: '阳城县', en: 'Yangcheng County', kind: 'county' },
  { zh: '武安县', en: "Wu'an County", kind: 'county' },
  { zh: '新安县', en: "Xin'an County", kind: 'county' },
  { zh: '宜阳县', en: 'Yiyang County', kind: 'county' },
  { zh: '临泽县', en: 'Linze County', kind: 'county' },
  { zh: '和平县', en: 'Heping County', kind: 'county' },
];
