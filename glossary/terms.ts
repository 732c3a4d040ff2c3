/**
 * The glossary: every policy concept named in Jin Zhuanglong's Xinhua
 * interview of 31 August 2024 (glossary/interview.txt), in the order the
 * interview first names them. Citations quote the article verbatim; the
 * paragraph numbers count the dateline paragraph as 1. glossary.test.ts
 * checks the quotes, the figures and that no surface form has two owners.
 */
import type { Term } from './types';

export const TERMS: readonly Term[] = [
  {
    id: 'new-industrialization',
    name: 'new industrialization',
    variants: ['new-type industrialization', 'new-type industrialisation', 'new industrialisation'],
    acronyms: [],
    zh: { simplified: '新型工业化', traditional: '新型工業化', pinyin: 'xīnxíng gōngyèhuà' },
    category: 'strategy',
    definition:
      "China's drive to upgrade its industry by building a modern industrial system around advanced manufacturing, merging digital technology into the real economy and securing industrial and supply chains. Jin Zhuanglong says it will be promoted at a faster pace to support Chinese modernization. The phrase goes back to the 16th CPC National Congress in 2002.",
    citations: [
      {
        paragraph: 1,
        quote:
          'China is mulling efforts to promote new industrialization at a faster pace to provide solid support for the advancement of Chinese modernization',
      },
    ],
    related: [
      'chinese-modernization',
      'modern-industrial-system',
      'ai-enabled-new-industrialization',
      'ministry-of-industry-and-information-technology',
    ],
    figures: [],
  },
  {
    id: 'chinese-modernization',
    name: 'Chinese modernization',
    variants: [
      'Chinese modernisation',
      'Chinese-style modernization',
      'Chinese-style modernisation',
      'Chinese path to modernization',
      'Chinese path to modernisation',
    ],
    acronyms: [],
    zh: { simplified: '中国式现代化', traditional: '中國式現代化', pinyin: 'Zhōngguóshì xiàndàihuà' },
    category: 'strategy',
    definition:
      "The Communist Party of China's overall goal of modernizing the country on its own model, set out as the Party's central task at its 20th National Congress in 2022. In the interview, new industrialization is meant to provide solid support for it.",
    citations: [{ paragraph: 1, quote: 'provide solid support for the advancement of Chinese modernization' }],
    related: ['new-industrialization', 'high-quality-development'],
    figures: [],
  },
  {
    id: 'modern-industrial-system',
    name: 'modern industrial system',
    variants: ['modernized industrial system', 'modernised industrial system'],
    acronyms: [],
    zh: { simplified: '现代化产业体系', traditional: '現代化產業體系', pinyin: 'xiàndàihuà chǎnyè tǐxì' },
    category: 'goal',
    definition:
      'The industrial structure China aims to build, with advanced manufacturing as its backbone and digital technology woven through it. Jin says the country will accelerate its development.',
    citations: [
      {
        paragraph: 2,
        quote: 'accelerate the development of a modern industrial system with advanced manufacturing as the backbone',
      },
    ],
    related: ['advanced-manufacturing', 'new-industrialization', 'integration-of-real-and-digital-economy'],
    figures: [],
  },
  {
    id: 'advanced-manufacturing',
    name: 'advanced manufacturing',
    variants: [],
    acronyms: [],
    zh: { simplified: '先进制造业', traditional: '先進製造業', pinyin: 'xiānjìn zhìzàoyè' },
    category: 'industry',
    definition:
      'Manufacturing that relies on new technology, automation and data rather than cheap labour. Jin calls it the backbone of the modern industrial system China is building.',
    citations: [{ paragraph: 2, quote: 'a modern industrial system with advanced manufacturing as the backbone' }],
    related: ['modern-industrial-system', 'manufacturing-digital-transformation'],
    figures: [],
  },
  {
    id: 'integration-of-real-and-digital-economy',
    name: 'integration of the real economy and the digital economy',
    variants: [
      'integration of the digital economy and the real economy',
      'integration of the digital and real economies',
      'integration of the real and digital economies',
      'digital-real integration',
    ],
    acronyms: [],
    zh: {
      simplified: '数字经济和实体经济深度融合',
      traditional: '數字經濟和實體經濟深度融合',
      pinyin: 'shùzì jīngjì hé shítǐ jīngjì shēndù rónghé',
      variants: ['数实融合', '數實融合', '实体经济和数字经济融合', '數字經濟和實體經濟融合'],
    },
    category: 'strategy',
    definition:
      'Applying digital technology such as data, networks and artificial intelligence across farms, factories and services, so that the digital and the traditional economy grow together. Jin says China will promote deeper integration of the two.',
    citations: [{ paragraph: 2, quote: 'promote deeper integration of the real economy and the digital economy' }],
    related: ['real-economy', 'digital-economy', 'manufacturing-digital-transformation'],
    figures: [],
  },
  {
    id: 'real-economy',
    name: 'real economy',
    variants: [],
    acronyms: [],
    zh: { simplified: '实体经济', traditional: '實體經濟', pinyin: 'shítǐ jīngjì' },
    category: 'industry',
    definition:
      'The part of the economy that makes goods and provides services, above all manufacturing, as distinct from finance and speculation. China wants it more deeply integrated with the digital economy.',
    citations: [{ paragraph: 2, quote: 'deeper integration of the real economy and the digital economy' }],
    related: ['digital-economy', 'integration-of-real-and-digital-economy'],
    figures: [],
  },
  {
    id: 'digital-economy',
    name: 'digital economy',
    variants: [],
    acronyms: [],
    zh: { simplified: '数字经济', traditional: '數字經濟', pinyin: 'shùzì jīngjì' },
    category: 'industry',
    definition:
      'Economic activity built on data, digital technology and networks, both the digital industry itself and the digital parts of other sectors. China wants it more deeply integrated with the real economy.',
    citations: [{ paragraph: 2, quote: 'integration of the real economy and the digital economy' }],
    related: ['real-economy', 'digital-industry', 'integration-of-real-and-digital-economy'],
    figures: [],
  },
  {
    id: 'resilience-and-security-of-chains',
    name: 'resilience and security of industrial and supply chains',
    variants: [
      'resilience and safety of industrial and supply chains',
      'resilience and security of industrial chains and supply chains',
      'resilience and security of industry and supply chains',
      'supply chain resilience',
    ],
    acronyms: [],
    zh: {
      simplified: '产业链供应链韧性和安全水平',
      traditional: '產業鏈供應鏈韌性和安全水平',
      pinyin: 'chǎnyèliàn gōngyìngliàn rènxìng hé ānquán shuǐpíng',
      variants: ['产业链供应链韧性', '產業鏈供應鏈韌性', '产业链供应链安全', '產業鏈供應鏈安全'],
    },
    category: 'goal',
    definition:
      "The ability of China's production and supply networks to keep working, and to stay out of foreign control, when the outside environment turns hostile. Jin says improving it is urgent, because key and core technologies are still controlled by others and the industrial foundation is weak.",
    citations: [
      { paragraph: 2, quote: 'improve the resilience and security of industrial and supply chains' },
      { paragraph: 8, quote: 'He noted the urgency of improving the resilience and safety of industrial and supply chains.' },
    ],
    related: [
      'industrial-and-supply-chains',
      'independent-and-controllable',
      'key-and-core-technologies',
      'industrial-foundation',
    ],
    figures: [],
  },
  {
    id: 'industrial-and-supply-chains',
    name: 'industrial and supply chains',
    variants: ['industry and supply chains', 'industrial chains and supply chains', 'supply chain'],
    acronyms: [],
    zh: {
      simplified: '产业链供应链',
      traditional: '產業鏈供應鏈',
      pinyin: 'chǎnyèliàn gōngyìngliàn',
      variants: ['供应链', '供應鏈'],
    },
    category: 'industry',
    definition:
      'The industrial chain links the stages of making a product, from materials and parts to the finished good; the supply chain is the network of firms that supplies them. Chinese policy names the two together, and the interview speaks of making them resilient, secure, independent and controllable.',
    citations: [
      {
        paragraph: 9,
        quote: 'independent and controllable industrial and supply chains in key areas such as integrated circuits and medical equipment',
      },
      { paragraph: 2, quote: 'improve the resilience and security of industrial and supply chains' },
    ],
    related: ['industrial-chain', 'resilience-and-security-of-chains', 'independent-and-controllable'],
    figures: [],
  },
  {
    id: 'industrial-chain',
    name: 'industrial chain',
    variants: ['industry chain'],
    acronyms: [],
    zh: { simplified: '产业链', traditional: '產業鏈', pinyin: 'chǎnyèliàn', variants: ['全产业链', '全產業鏈'] },
    category: 'industry',
    definition:
      'All the linked stages of an industry, from raw materials and components to finished products and services. Jin wants to make the whole industrial chain more competitive in areas such as intelligent connected new-energy vehicles and lithium batteries.',
    citations: [
      {
        paragraph: 3,
        quote:
          'enhance the competitiveness of the whole industrial chain in areas such as intelligent connected new-energy vehicles and lithium batteries',
      },
    ],
    related: ['industrial-and-supply-chains', 'intelligent-connected-new-energy-vehicles', 'lithium-batteries'],
    figures: [],
  },
  {
    id: 'smes',
    name: 'small and medium-sized enterprises',
    variants: [
      'small and medium enterprises',
      'small and mid-sized enterprises',
      'small and medium-sized businesses',
      'small and medium businesses',
    ],
    acronyms: ['SMEs', 'SME'],
    zh: { simplified: '中小企业', traditional: '中小企業', pinyin: 'zhōngxiǎo qǐyè' },
    category: 'industry',
    definition:
      'Firms below the size thresholds that China sets for each sector. Jin says the country will promote their high-quality development, and the best of them are cultivated as "little giant" firms.',
    citations: [
      {
        paragraph: 2,
        quote: 'promote the high-quality development of small and medium-sized enterprises (SMEs)',
      },
      { paragraph: 10, quote: 'the novel elites of SMEs that are engaged in manufacturing' },
    ],
    related: ['little-giant-firms', 'specialized-and-innovative-smes', 'high-quality-development'],
    figures: [],
  },
  {
    id: 'high-quality-development',
    name: 'high-quality development',
    variants: ['high-quality growth'],
    acronyms: [],
    zh: { simplified: '高质量发展', traditional: '高質量發展', pinyin: 'gāo zhìliàng fāzhǎn' },
    category: 'goal',
    definition:
      "Growth judged by innovation, efficiency and sustainability rather than by speed alone, China's stated economic priority since the 19th CPC National Congress in 2017. Jin applies it to SMEs and to the information and communications industry.",
    citations: [
      {
        paragraph: 2,
        quote: 'promote the high-quality development of small and medium-sized enterprises (SMEs)',
      },
      {
        paragraph: 6,
        quote: 'promote high-quality development of the information and communications industry',
      },
    ],
    related: ['smes', 'information-and-communications-industry', 'chinese-modernization'],
    figures: [],
  },
  {
    id: 'technological-upgrading',
    name: 'technological upgrading',
    variants: ['technological transformation and upgrading', 'technical transformation', 'technical renovation'],
    acronyms: [],
    zh: {
      simplified: '技术改造升级',
      traditional: '技術改造升級',
      pinyin: 'jìshù gǎizào shēngjí',
      variants: ['重大技术改造升级', '重大技術改造升級', '技术改造', '技術改造', '技改'],
    },
    category: 'programme',
    definition:
      'Investment that renews the technology of existing factories and production lines rather than building new capacity. Jin says China will carry out major technological upgrading projects in the manufacturing sector, alongside large-scale equipment upgrading.',
    citations: [
      {
        paragraph: 3,
        quote:
          'carry out major technological upgrading and large-scale equipment upgrading projects in the manufacturing sector',
      },
    ],
    related: ['large-scale-equipment-upgrading', 'manufacturing-digital-transformation'],
    figures: [],
  },
  {
    id: 'large-scale-equipment-upgrading',
    name: 'large-scale equipment upgrading',
    variants: ['large-scale equipment upgrades', 'large-scale equipment renewal', 'equipment upgrading', 'equipment renewal'],
    acronyms: [],
    zh: {
      simplified: '大规模设备更新',
      traditional: '大規模設備更新',
      pinyin: 'dà guīmó shèbèi gēngxīn',
      variants: ['设备更新', '設備更新'],
    },
    category: 'programme',
    definition:
      'A national campaign to replace old machinery and production equipment with newer, more efficient and more digital models. The State Council issued its action plan in March 2024, and Jin says the manufacturing sector will carry out such projects.',
    citations: [
      { paragraph: 3, quote: 'large-scale equipment upgrading projects in the manufacturing sector' },
    ],
    related: ['technological-upgrading', 'advanced-manufacturing'],
    figures: [],
  },
  {
    id: 'intelligent-connected-new-energy-vehicles',
    name: 'intelligent connected new-energy vehicles',
    variants: [
      'intelligent and connected new-energy vehicles',
      'intelligent connected vehicles',
      'intelligent and connected vehicles',
      'smart connected vehicles',
    ],
    acronyms: [],
    zh: {
      simplified: '智能网联新能源汽车',
      traditional: '智能網聯新能源汽車',
      pinyin: 'zhìnéng wǎnglián xīnnéngyuán qìchē',
      variants: ['智能网联汽车', '智能網聯汽車'],
    },
    category: 'industry',
    definition:
      'Electric and other new-energy cars that also carry driver-assistance or self-driving systems and are connected to networks. Jin names them as an area where the whole industrial chain is to become more competitive.',
    citations: [
      {
        paragraph: 3,
        quote: 'in areas such as intelligent connected new-energy vehicles and lithium batteries',
      },
    ],
    related: ['new-energy-vehicles', 'lithium-batteries', 'industrial-chain'],
    figures: [],
  },
  {
    id: 'new-energy-vehicles',
    name: 'new-energy vehicles',
    variants: [],
    acronyms: ['NEVs', 'NEV'],
    zh: {
      simplified: '新能源汽车',
      traditional: '新能源汽車',
      pinyin: 'xīnnéngyuán qìchē',
      variants: ['新能源车', '新能源車'],
    },
    category: 'industry',
    definition:
      "China's term for battery-electric, plug-in hybrid and fuel-cell vehicles. The interview names them, made intelligent and connected, among the industries whose whole chain is to become more competitive.",
    citations: [{ paragraph: 3, quote: 'intelligent connected new-energy vehicles and lithium batteries' }],
    related: ['intelligent-connected-new-energy-vehicles', 'lithium-batteries'],
    figures: [],
  },
  {
    id: 'lithium-batteries',
    name: 'lithium batteries',
    variants: ['lithium-ion batteries'],
    acronyms: [],
    zh: {
      simplified: '锂电池',
      traditional: '鋰電池',
      pinyin: 'lǐ diànchí',
      variants: ['锂离子电池', '鋰離子電池'],
    },
    category: 'industry',
    definition:
      'Rechargeable batteries that store energy in lithium compounds, used in electric vehicles, electronics and grid storage. Jin names them with new-energy vehicles as an industry whose whole chain is to become more competitive.',
    citations: [{ paragraph: 3, quote: 'new-energy vehicles and lithium batteries' }],
    related: ['new-energy-vehicles', 'industrial-chain'],
    figures: [],
  },
  {
    id: 'new-growth-engines',
    name: 'new growth engines',
    variants: ['new engines of growth', 'new engines for growth'],
    acronyms: [],
    zh: { simplified: '新增长引擎', traditional: '新增長引擎', pinyin: 'xīn zēngzhǎng yǐnqíng' },
    category: 'strategy',
    definition:
      'Emerging industries expected to drive future growth. The interview names bio-manufacturing, commercial aerospace and the low-altitude economy, the same three that the 2024 Government Work Report called new growth engines.',
    citations: [
      {
        paragraph: 4,
        quote: 'New growth engines such as bio-manufacturing, commercial aerospace and the low-altitude economy',
      },
    ],
    related: ['bio-manufacturing', 'commercial-aerospace', 'low-altitude-economy'],
    figures: [],
  },
  {
    id: 'bio-manufacturing',
    name: 'bio-manufacturing',
    variants: ['biomanufacturing'],
    acronyms: [],
    zh: { simplified: '生物制造', traditional: '生物製造', pinyin: 'shēngwù zhìzào' },
    category: 'industry',
    definition:
      'Making chemicals, materials, food ingredients and medicines with living cells or enzymes instead of conventional chemical processes. The interview lists it first among the new growth engines to be developed.',
    citations: [{ paragraph: 4, quote: 'New growth engines such as bio-manufacturing' }],
    related: ['new-growth-engines'],
    figures: [],
  },
  {
    id: 'commercial-aerospace',
    name: 'commercial aerospace',
    variants: ['commercial spaceflight'],
    acronyms: [],
    zh: { simplified: '商业航天', traditional: '商業航天', pinyin: 'shāngyè hángtiān' },
    category: 'industry',
    definition:
      'Space activity run as a business, such as privately funded rockets, satellite manufacturing and launch services. The interview lists it among the new growth engines to be developed.',
    citations: [{ paragraph: 4, quote: 'bio-manufacturing, commercial aerospace and the low-altitude economy' }],
    related: ['new-growth-engines', 'satellite-internet'],
    figures: [],
  },
  {
    id: 'low-altitude-economy',
    name: 'low-altitude economy',
    variants: [],
    acronyms: [],
    zh: { simplified: '低空经济', traditional: '低空經濟', pinyin: 'dīkōng jīngjì' },
    category: 'industry',
    definition:
      'Business built on manned and unmanned aircraft flying in low airspace, generally below 1,000 metres, such as drone delivery, air taxis and aerial inspection. The interview lists it among the new growth engines to be developed.',
    citations: [{ paragraph: 4, quote: 'commercial aerospace and the low-altitude economy' }],
    related: ['new-growth-engines', 'commercial-aerospace'],
    figures: [],
  },
  {
    id: 'humanoid-robots',
    name: 'humanoid robots',
    variants: [],
    acronyms: [],
    zh: { simplified: '人形机器人', traditional: '人形機器人', pinyin: 'rénxíng jīqìrén' },
    category: 'technology',
    definition:
      'Robots with a roughly human body shape, meant to work in spaces and with tools designed for people. The interview lists them among the new fields to be developed; MIIT issued guidelines on their development in 2023.',
    citations: [{ paragraph: 4, quote: 'new fields including humanoid robots, 6G and atomic-level manufacturing' }],
    related: ['artificial-intelligence', '6g', 'atomic-level-manufacturing'],
    figures: [],
  },
  {
    id: '6g',
    name: '6G',
    variants: ['sixth-generation mobile communications', 'sixth-generation mobile networks'],
    acronyms: ['6G'],
    zh: { simplified: '第六代移动通信', traditional: '第六代移動通信', pinyin: 'dì-liù dài yídòng tōngxìn' },
    category: 'technology',
    definition:
      'The sixth generation of mobile network technology, the successor to 5G, still in research. The interview lists it among the new fields to be developed.',
    citations: [{ paragraph: 4, quote: 'humanoid robots, 6G and atomic-level manufacturing' }],
    related: ['5g', 'humanoid-robots', 'information-and-communications-industry'],
    figures: [],
  },
  {
    id: 'atomic-level-manufacturing',
    name: 'atomic-level manufacturing',
    variants: ['atomic-scale manufacturing', 'atomic and close-to-atomic scale manufacturing'],
    acronyms: [],
    zh: { simplified: '原子级制造', traditional: '原子級製造', pinyin: 'yuánzǐjí zhìzào' },
    category: 'technology',
    definition:
      'Making and shaping materials and devices with precision down to individual atoms, a frontier for chips and advanced materials. The interview lists it among the new fields to be developed.',
    citations: [{ paragraph: 4, quote: '6G and atomic-level manufacturing, will be developed' }],
    related: ['humanoid-robots', '6g', 'integrated-circuits'],
    figures: [],
  },
  {
    id: 'digital-industry',
    name: 'digital industry',
    variants: [],
    acronyms: [],
    zh: { simplified: '数字产业', traditional: '數字產業', pinyin: 'shùzì chǎnyè' },
    category: 'industry',
    definition:
      "The industries that produce digital goods and services themselves, such as electronics, software, telecommunications and internet services. According to Jin, China's digital industry earned 32.5 trillion yuan (about 4.57 trillion US dollars) in 2023.",
    citations: [
      {
        paragraph: 5,
        quote:
          "China's digital industry reported a total revenue of 32.5 trillion yuan (about 4.57 trillion U.S. dollars) in 2023",
      },
    ],
    related: ['digital-economy', 'new-generation-information-technology'],
    figures: [
      {
        value: '32.5',
        unit: 'trillion yuan',
        year: 2023,
        label: "total revenue of China's digital industry",
        paragraph: 5,
      },
      {
        value: '4.57',
        unit: 'trillion U.S. dollars',
        year: 2023,
        label: 'the same revenue in US dollars, as the article converts it',
        paragraph: 5,
      },
    ],
  },
  {
    id: 'digital-transformation',
    name: 'digital transformation',
    variants: [],
    acronyms: [],
    zh: { simplified: '数字化转型', traditional: '數字化轉型', pinyin: 'shùzìhuà zhuǎnxíng' },
    category: 'strategy',
    definition:
      'Reorganizing how a firm designs, produces and sells around digital technology and data. Jin says the ministry will support the digital transformation of "little giant" firms.',
    citations: [
      {
        paragraph: 10,
        quote: 'the ministry will support the digital transformation and healthy growth of these firms',
      },
    ],
    related: ['manufacturing-digital-transformation', 'little-giant-firms'],
    figures: [],
  },
  {
    id: 'manufacturing-digital-transformation',
    name: 'digital transformation of the manufacturing industry',
    variants: [
      'digital transformation of manufacturing',
      'digital transformation of the manufacturing sector',
      'manufacturing digital transformation',
    ],
    acronyms: [],
    zh: {
      simplified: '制造业数字化转型',
      traditional: '製造業數字化轉型',
      pinyin: 'zhìzàoyè shùzìhuà zhuǎnxíng',
    },
    category: 'strategy',
    definition:
      'Bringing digital technology, data and networks into factories across the whole manufacturing sector. Jin says China will accelerate it.',
    citations: [
      {
        paragraph: 5,
        quote: 'the country will accelerate the digital transformation of the manufacturing industry',
      },
    ],
    related: ['digital-transformation', 'integration-of-real-and-digital-economy', 'advanced-manufacturing'],
    figures: [],
  },
  {
    id: 'ai-enabled-new-industrialization',
    name: 'new industrialization enabled by artificial intelligence',
    variants: [
      'new industrialisation enabled by artificial intelligence',
      'AI-enabled new industrialization',
      'AI-enabled new industrialisation',
      'AI-empowered new industrialization',
      'AI-enabled new-type industrialization',
      'AI-empowered new-type industrialization',
    ],
    acronyms: [],
    zh: {
      simplified: '人工智能赋能新型工业化',
      traditional: '人工智能賦能新型工業化',
      pinyin: 'réngōng zhìnéng fùnéng xīnxíng gōngyèhuà',
    },
    category: 'strategy',
    definition:
      'Using artificial intelligence to speed up new industrialization, for example in product design, production lines and industrial software. Jin says China will promote it.',
    citations: [{ paragraph: 5, quote: 'promote the new industrialization enabled by artificial intelligence' }],
    related: ['artificial-intelligence', 'new-industrialization', 'manufacturing-digital-transformation'],
    figures: [],
  },
  {
    id: 'artificial-intelligence',
    name: 'artificial intelligence',
    variants: [],
    acronyms: ['AI'],
    zh: { simplified: '人工智能', pinyin: 'réngōng zhìnéng' },
    category: 'technology',
    definition:
      'Computer systems that perform tasks such as recognition, prediction, language and decision-making that normally need human intelligence. The interview casts it as an enabler of new industrialization.',
    citations: [{ paragraph: 5, quote: 'the new industrialization enabled by artificial intelligence' }],
    related: ['ai-enabled-new-industrialization', 'new-generation-information-technology'],
    figures: [],
  },
  {
    id: 'new-generation-information-technology',
    name: 'new generation of information technology',
    variants: ['new-generation information technology', 'next-generation information technology'],
    acronyms: [],
    zh: { simplified: '新一代信息技术', traditional: '新一代信息技術', pinyin: 'xīn yī dài xìnxī jìshù' },
    category: 'technology',
    definition:
      "One of China's strategic emerging industries since 2010, covering chips, software, networks and related digital technology. Jin says the country will develop these industries in fields such as integrated circuits, industrial software and satellite internet.",
    citations: [
      {
        paragraph: 5,
        quote:
          'develop a new generation of information technology industries in fields such as integrated circuits, industrial software and satellite internet',
      },
    ],
    related: ['integrated-circuits', 'industrial-software', 'satellite-internet', 'digital-industry'],
    figures: [],
  },
  {
    id: 'integrated-circuits',
    name: 'integrated circuits',
    variants: [],
    acronyms: [],
    zh: {
      simplified: '集成电路',
      traditional: '集成電路',
      pinyin: 'jíchéng diànlù',
      variants: ['積體電路'],
    },
    category: 'technology',
    definition:
      'Microchips: electronic circuits built on a single piece of semiconductor. The interview names them both as a field of the new generation of information technology and as a key area where China wants independent and controllable supply chains.',
    citations: [
      { paragraph: 5, quote: 'in fields such as integrated circuits, industrial software and satellite internet' },
      { paragraph: 9, quote: 'in key areas such as integrated circuits and medical equipment' },
    ],
    related: [
      'new-generation-information-technology',
      'independent-and-controllable',
      'key-and-core-technologies',
    ],
    figures: [],
  },
  {
    id: 'industrial-software',
    name: 'industrial software',
    variants: [],
    acronyms: [],
    zh: {
      simplified: '工业软件',
      traditional: '工業軟件',
      pinyin: 'gōngyè ruǎnjiàn',
      variants: ['工業軟體'],
    },
    category: 'technology',
    definition:
      'Software used to design, simulate, run and manage industrial products and production, such as design, simulation and factory-control programs. The interview names it as a field of the new generation of information technology.',
    citations: [{ paragraph: 5, quote: 'integrated circuits, industrial software and satellite internet' }],
    related: ['new-generation-information-technology', 'key-and-core-technologies'],
    figures: [],
  },
  {
    id: 'satellite-internet',
    name: 'satellite internet',
    variants: [],
    acronyms: [],
    zh: { simplified: '卫星互联网', traditional: '衛星互聯網', pinyin: 'wèixīng hùliánwǎng' },
    category: 'technology',
    definition:
      'Internet access delivered from constellations of satellites, reaching places that ground networks do not. The interview names it as a field of the new generation of information technology.',
    citations: [{ paragraph: 5, quote: 'industrial software and satellite internet' }],
    related: ['new-generation-information-technology', 'commercial-aerospace'],
    figures: [],
  },
  {
    id: 'information-and-communications-industry',
    name: 'information and communications industry',
    variants: ['information and communication industry'],
    acronyms: [],
    zh: { simplified: '信息通信业', traditional: '信息通信業', pinyin: 'xìnxī tōngxìnyè' },
    category: 'industry',
    definition:
      'The telecommunications and internet-services sector that MIIT regulates. Jin says China will promote its high-quality development by spreading 5G, gigabit optical networks and the mobile Internet of Things.',
    citations: [
      {
        paragraph: 6,
        quote: 'promote high-quality development of the information and communications industry',
      },
    ],
    related: ['5g', 'gigabit-optical-networks', 'mobile-internet-of-things', 'high-quality-development'],
    figures: [],
  },
  {
    id: '5g',
    name: '5G',
    variants: ['fifth-generation mobile communications', 'fifth-generation mobile networks'],
    acronyms: ['5G'],
    zh: { simplified: '第五代移动通信', traditional: '第五代移動通信', pinyin: 'dì-wǔ dài yídòng tōngxìn' },
    category: 'technology',
    definition:
      'The fifth generation of mobile network technology, licensed for commercial use in China by MIIT in June 2019. Jin says the country will promote its application.',
    citations: [{ paragraph: 6, quote: 'promoting the application of 5G, gigabit optical networks and mobile Internet of Things' }],
    related: ['6g', 'gigabit-optical-networks', 'information-and-communications-industry'],
    figures: [],
  },
  {
    id: 'gigabit-optical-networks',
    name: 'gigabit optical networks',
    variants: ['gigabit fibre networks', 'gigabit fiber networks', 'gigabit broadband'],
    acronyms: [],
    zh: { simplified: '千兆光网', traditional: '千兆光網', pinyin: 'qiānzhào guāngwǎng' },
    category: 'technology',
    definition:
      'Fibre-optic broadband able to deliver speeds of one gigabit per second to homes and businesses. Jin lists its application with 5G and the mobile Internet of Things.',
    citations: [{ paragraph: 6, quote: 'the application of 5G, gigabit optical networks and mobile Internet of Things' }],
    related: ['5g', 'information-and-communications-industry'],
    figures: [],
  },
  {
    id: 'mobile-internet-of-things',
    name: 'mobile Internet of Things',
    variants: ['mobile IoT'],
    acronyms: [],
    zh: { simplified: '移动物联网', traditional: '移動物聯網', pinyin: 'yídòng wùliánwǎng' },
    category: 'technology',
    definition:
      'Internet of Things connections that run over mobile networks, linking meters, vehicles, sensors and machines. Jin lists its application with 5G and gigabit optical networks.',
    citations: [{ paragraph: 6, quote: 'gigabit optical networks and mobile Internet of Things, among others' }],
    related: ['internet-of-things', '5g', 'information-and-communications-industry'],
    figures: [],
  },
  {
    id: 'internet-of-things',
    name: 'Internet of Things',
    variants: [],
    acronyms: ['IoT'],
    zh: { simplified: '物联网', traditional: '物聯網', pinyin: 'wùliánwǎng' },
    category: 'technology',
    definition:
      'Physical objects such as sensors, meters and machines connected to networks so that they can send and receive data. The interview mentions it in its mobile form.',
    citations: [{ paragraph: 6, quote: 'mobile Internet of Things, among others' }],
    related: ['mobile-internet-of-things'],
    figures: [],
  },
  {
    id: 'key-and-core-technologies',
    name: 'key and core technologies',
    variants: [
      'key core technologies',
      'critical core technologies',
      'chokepoint technologies',
      'choke-point technologies',
      'bottleneck technologies',
    ],
    acronyms: [],
    zh: {
      simplified: '关键核心技术',
      traditional: '關鍵核心技術',
      pinyin: 'guānjiàn héxīn jìshù',
      variants: ['卡脖子', '卡脖子技术', '卡脖子技術'],
    },
    category: 'technology',
    definition:
      'Technologies an industry cannot do without and that China cannot yet supply itself, leaving it open to being "choked" by foreign suppliers. Jin says the problem of these technologies being controlled by others has not yet been fundamentally solved.',
    citations: [
      {
        paragraph: 7,
        quote: 'the problems such as key and core technologies being controlled by others',
      },
    ],
    related: ['independent-and-controllable', 'industrial-foundation', 'resilience-and-security-of-chains'],
    figures: [],
  },
  {
    id: 'industrial-foundation',
    name: 'industrial foundation',
    variants: [],
    acronyms: [],
    zh: {
      simplified: '产业基础',
      traditional: '產業基礎',
      pinyin: 'chǎnyè jīchǔ',
      variants: ['产业基础再造', '產業基礎再造'],
    },
    category: 'industry',
    definition:
      'The basic components, materials, processes, software and technical standards on which whole industries depend. Jin names a weak industrial foundation as a problem that has not yet been fundamentally solved.',
    citations: [
      {
        paragraph: 7,
        quote: 'a weak industrial foundation have not yet been fundamentally solved',
      },
    ],
    related: ['key-and-core-technologies', 'resilience-and-security-of-chains'],
    figures: [],
  },
  {
    id: 'independent-and-controllable',
    name: 'independent and controllable',
    variants: ['self-reliant and controllable', 'autonomous and controllable', 'self-controllable'],
    acronyms: [],
    zh: { simplified: '自主可控', pinyin: 'zìzhǔ kěkòng' },
    category: 'goal',
    definition:
      'Able to develop, produce and supply something without depending on foreign technology or suppliers that could be cut off. Jin says China will build independent and controllable industrial and supply chains in key areas such as integrated circuits and medical equipment.',
    citations: [
      {
        paragraph: 9,
        quote: 'China will accelerate efforts to build independent and controllable industrial and supply chains',
      },
    ],
    related: ['industrial-and-supply-chains', 'integrated-circuits', 'medical-equipment', 'key-and-core-technologies'],
    figures: [],
  },
  {
    id: 'medical-equipment',
    name: 'medical equipment',
    variants: [],
    acronyms: [],
    zh: {
      simplified: '医疗装备',
      traditional: '醫療裝備',
      pinyin: 'yīliáo zhuāngbèi',
      variants: ['医疗设备', '醫療設備'],
    },
    category: 'industry',
    definition:
      'Machines and devices used in diagnosis and treatment, such as imaging scanners and surgical robots. Jin names it with integrated circuits as a key area for independent and controllable supply chains.',
    citations: [{ paragraph: 9, quote: 'integrated circuits and medical equipment, said Jin' }],
    related: ['independent-and-controllable', 'industrial-and-supply-chains'],
    figures: [],
  },
  {
    id: 'little-giant-firms',
    name: '"little giant" firms',
    variants: ['little giant enterprises', 'little giant companies', 'little giants'],
    acronyms: [],
    zh: {
      simplified: '专精特新“小巨人”企业',
      traditional: '專精特新“小巨人”企業',
      pinyin: 'zhuān jīng tè xīn "xiǎo jùrén" qǐyè',
      variants: ['小巨人企业', '小巨人企業', '专精特新小巨人企业', '專精特新小巨人企業'],
    },
    category: 'programme',
    definition:
      'Small and medium-sized manufacturers that MIIT recognises as national leaders in a niche market with cutting-edge technology, the top tier of "specialized, refined, distinctive and innovative" SMEs, named in batches since 2019. Jin says China has cultivated 12,000 of them so far and the ministry will support their digital transformation and healthy growth.',
    citations: [
      {
        paragraph: 10,
        quote: 'China has so far cultivated 12,000 "little giant" firms',
      },
    ],
    related: [
      'specialized-and-innovative-smes',
      'smes',
      'digital-transformation',
      'ministry-of-industry-and-information-technology',
    ],
    figures: [
      {
        value: '12,000',
        unit: 'firms',
        year: 2024,
        label: '"little giant" firms cultivated so far',
        paragraph: 10,
      },
    ],
  },
  {
    id: 'specialized-and-innovative-smes',
    name: 'novel elites of SMEs',
    variants: [
      'specialized, refined, distinctive and innovative SMEs',
      'specialised, refined, distinctive and innovative SMEs',
      'specialized and sophisticated SMEs',
      'specialised and sophisticated SMEs',
    ],
    acronyms: [],
    zh: {
      simplified: '专精特新中小企业',
      traditional: '專精特新中小企業',
      pinyin: 'zhuān jīng tè xīn zhōngxiǎo qǐyè',
      variants: ['专精特新', '專精特新'],
    },
    category: 'programme',
    definition:
      'Xinhua\'s phrase for "specialized, refined, distinctive and innovative" (zhuān jīng tè xīn) SMEs: small firms that specialize in a niche market and boast cutting-edge technologies. The best of them are recognised as "little giant" firms.',
    citations: [
      {
        paragraph: 10,
        quote:
          'the novel elites of SMEs that are engaged in manufacturing, specialize in a niche market and boast cutting-edge technologies',
      },
    ],
    related: ['little-giant-firms', 'smes'],
    figures: [],
  },
  {
    id: 'ministry-of-industry-and-information-technology',
    name: 'Ministry of Industry and Information Technology',
    variants: ['Minister of Industry and Information Technology'],
    acronyms: ['MIIT'],
    zh: {
      simplified: '工业和信息化部',
      traditional: '工業和信息化部',
      pinyin: 'Gōngyè hé Xìnxīhuà Bù',
      variants: ['工信部'],
    },
    category: 'institution',
    definition:
      "The State Council ministry, established in 2008, that oversees China's manufacturing, telecommunications and information-technology industries. It is led by Jin Zhuanglong and runs the \"little giant\" programme.",
    citations: [
      {
        paragraph: 1,
        quote: 'Minister of Industry and Information Technology Jin Zhuanglong has said',
      },
    ],
    related: ['jin-zhuanglong', 'new-industrialization', 'little-giant-firms'],
    figures: [],
  },
  {
    id: 'jin-zhuanglong',
    name: 'Jin Zhuanglong',
    variants: [],
    acronyms: [],
    zh: { simplified: '金壮龙', traditional: '金壯龍', pinyin: 'Jīn Zhuànglóng' },
    category: 'person',
    definition:
      "China's Minister of Industry and Information Technology since 2022, and the speaker in this Xinhua interview.",
    citations: [
      {
        paragraph: 1,
        quote: 'Minister of Industry and Information Technology Jin Zhuanglong has said',
      },
    ],
    related: ['ministry-of-industry-and-information-technology'],
    figures: [],
  },
];
