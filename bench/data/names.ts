/**
 * Pieces of Chinese names with their pinyin, so every composed name has an English form and a
 * URL-safe slug: surnames, characters of given names and village names, village suffixes, dynasties.
 */
import type { Rng } from './prng';

export type Word = readonly [zh: string, pinyin: string];

/** Common surnames, roughly by frequency. */
export const SURNAMES: readonly Word[] = [
  ['王', 'Wang'],
  ['李', 'Li'],
  ['张', 'Zhang'],
  ['刘', 'Liu'],
  ['陈', 'Chen'],
  ['杨', 'Yang'],
  ['黄', 'Huang'],
  ['赵', 'Zhao'],
  ['吴', 'Wu'],
  ['周', 'Zhou'],
  ['徐', 'Xu'],
  ['孙', 'Sun'],
  ['马', 'Ma'],
  ['朱', 'Zhu'],
  ['胡', 'Hu'],
  ['郭', 'Guo'],
  ['何', 'He'],
  ['林', 'Lin'],
  ['罗', 'Luo'],
  ['高', 'Gao'],
  ['郑', 'Zheng'],
  ['梁', 'Liang'],
  ['谢', 'Xie'],
  ['宋', 'Song'],
  ['唐', 'Tang'],
  ['韩', 'Han'],
  ['冯', 'Feng'],
  ['曹', 'Cao'],
  ['彭', 'Peng'],
  ['曾', 'Zeng'],
  ['萧', 'Xiao'],
  ['田', 'Tian'],
  ['董', 'Dong'],
  ['潘', 'Pan'],
  ['袁', 'Yuan'],
  ['蔡', 'Cai'],
  ['蒋', 'Jiang'],
  ['余', 'Yu'],
  ['杜', 'Du'],
  ['叶', 'Ye'],
  ['程', 'Cheng'],
  ['魏', 'Wei'],
  ['苏', 'Su'],
  ['吕', 'Lü'],
  ['丁', 'Ding'],
  ['任', 'Ren'],
  ['卢', 'Lu'],
  ['姚', 'Yao'],
  ['沈', 'Shen'],
  ['钟', 'Zhong'],
];

/** Characters of given names and of village names. */
export const NAME_CHARS: readonly Word[] = [
  ['文', 'wen'],
  ['华', 'hua'],
  ['建', 'jian'],
  ['国', 'guo'],
  ['明', 'ming'],
  ['德', 'de'],
  ['志', 'zhi'],
  ['永', 'yong'],
  ['春', 'chun'],
  ['秀', 'xiu'],
  ['英', 'ying'],
  ['玉', 'yu'],
  ['海', 'hai'],
  ['平', 'ping'],
  ['安', 'an'],
  ['兴', 'xing'],
  ['福', 'fu'],
  ['庆', 'qing'],
  ['祥', 'xiang'],
  ['瑞', 'rui'],
  ['东', 'dong'],
  ['南', 'nan'],
  ['西', 'xi'],
  ['北', 'bei'],
  ['新', 'xin'],
  ['大', 'da'],
  ['小', 'xiao'],
  ['上', 'shang'],
  ['下', 'xia'],
  ['中', 'zhong'],
  ['石', 'shi'],
  ['柳', 'liu'],
  ['桃', 'tao'],
  ['杏', 'xing'],
  ['槐', 'huai'],
  ['松', 'song'],
  ['龙', 'long'],
  ['凤', 'feng'],
  ['河', 'he'],
  ['泉', 'quan'],
  ['山', 'shan'],
  ['峰', 'feng'],
  ['林', 'lin'],
  ['清', 'qing'],
  ['宁', 'ning'],
  ['和', 'he'],
  ['寿', 'shou'],
  ['嘉', 'jia'],
  ['荣', 'rong'],
  ['昌', 'chang'],
];

/** Endings of village names: 王家庄, 石桥村, 柳林堡 … */
export const VILLAGE_SUFFIXES: readonly Word[] = [
  ['家庄', 'jiazhuang'],
  ['庄', 'zhuang'],
  ['村', 'cun'],
  ['堡', 'bao'],
  ['营', 'ying'],
  ['寨', 'zhai'],
  ['屯', 'tun'],
  ['店', 'dian'],
  ['集', 'ji'],
  ['湾', 'wan'],
  ['坪', 'ping'],
  ['镇', 'zhen'],
];

export interface Dynasty {
  zh: string;
  en: string;
  from: number;
  to: number;
}

export const DYNASTIES: Record<'tang' | 'song' | 'jin' | 'yuan' | 'ming' | 'qing' | 'republic', Dynasty> = {
  tang: { zh: '唐', en: 'Tang', from: 618, to: 907 },
  song: { zh: '宋', en: 'Song', from: 960, to: 1279 },
  jin: { zh: '金', en: 'Jin', from: 1115, to: 1234 },
  yuan: { zh: '元', en: 'Yuan', from: 1271, to: 1368 },
  ming: { zh: '明', en: 'Ming', from: 1368, to: 1644 },
  qing: { zh: '清', en: 'Qing', from: 1644, to: 1911 },
  republic: { zh: '民国', en: 'Republican', from: 1912, to: 1949 },
};

/** Earlier eras, for sites and tombs. */
export const ANCIENT_ERAS: readonly Word[] = [
  ['新石器时代', 'Neolithic'],
  ['商', 'Shang'],
  ['周', 'Zhou'],
  ['战国', 'Warring States'],
  ['汉', 'Han'],
  ['魏晋', 'Wei-Jin'],
  ['北朝', 'Northern Dynasties'],
  ['唐', 'Tang'],
  ['宋', 'Song'],
  ['辽金', 'Liao-Jin'],
  ['元', 'Yuan'],
  ['明', 'Ming'],
];

export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A slug part from pinyin or English words: lower case ASCII, words joined by hyphens (ü → u). */
export function slugPart(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A village: 王家庄 / Wangjiazhuang, 石桥村 / Shiqiaocun. */
export function villageName(rng: Rng): Word {
  const suffix = rng.pick(VILLAGE_SUFFIXES);
  if (suffix[0] === '家庄' || rng.chance(0.3)) {
    const s = rng.pick(SURNAMES);
    return [s[0] + suffix[0], capitalise(s[1].toLowerCase() + suffix[1])];
  }
  const a = rng.pick(NAME_CHARS);
  const b = rng.pick(NAME_CHARS);
  return [a[0] + b[0] + suffix[0], capitalise(a[1] + b[1] + suffix[1])];
}

/** A person: 王建华 / Wang Jianhua. */
export function personName(rng: Rng): Word {
  const s = rng.pick(SURNAMES);
  const a = rng.pick(NAME_CHARS);
  if (rng.chance(0.25)) return [s[0] + a[0], `${s[1]} ${capitalise(a[1])}`];
  const b = rng.pick(NAME_CHARS);
  return [s[0] + a[0] + b[0], `${s[1]} ${capitalise(a[1] + b[1])}`];
}
