#include "generatornames.h"

namespace GeneratorNames {

namespace {

const char* const zhBrands[] = {"康师傅", "统一",   "农夫",     "三只松鼠", "良品铺子",
                                "百草味", "蒙牛",   "伊利",     "旺旺",     "徐福记",
                                "海天",   "李锦记", "元气森林", "东方树叶", "金龙鱼"};
const char* const zhAdjectives[] = {"有机", "低糖", "经典", "原味", "香辣", "无糖",
                                    "全麦", "进口", "精选", "特浓", "清爽", "手工"};
const char* const zhNouns[] = {"绿茶",   "红茶", "牛奶",   "饼干",   "薯片",   "坚果",   "咖啡",
                               "果汁",   "面包", "巧克力", "酸奶",   "矿泉水", "牛肉干", "瓜子",
                               "方便面", "酱油", "大米",   "食用油", "蜂蜜",   "挂面"};
const char* const enBrands[] = {"Nestlé",  "Lay's", "Oreo",     "Kirkland", "Heinz",  "Kellogg's",
                                "Barilla", "Lindt", "Twinings", "Quaker",   "Danone", "Pringles"};
const char* const enAdjectives[] = {"Organic", "Classic",  "Spicy", "Sugar-free", "Wholegrain",
                                    "Premium", "Original", "Light", "Smoked",     "Honey"};
const char* const enNouns[] = {"Green Tea",    "Coffee Beans", "Potato Chips", "Cookies", "Almonds",
                               "Orange Juice", "Pasta",        "Chocolate",    "Yogurt",  "Cereal",
                               "Olive Oil",    "Oat Milk",     "Crackers"};
const char* const sizes[] = {"100g",  "250g",  "500g", "1kg",     "2kg",
                             "330ml", "500ml", "1L",   "6×330ml", "12 pack"};
const char* const units[] = {"bag", "bottle", "box", "can", "case", "pack", "pcs"};

const char* const zhSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵",
                                  "吴", "周", "徐", "孙", "马", "朱", "胡", "郭"};
const char* const zhGiven[] = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇",
                               "军", "杰", "娟", "涛", "明", "超", "霞", "平", "刚"};
const char* const enFirst[] = {"Emily", "David",  "Sarah",  "Michael", "Olivia",
                               "James", "Sophia", "Daniel", "Grace",   "Ryan"};
const char* const enLast[] = {"Chen", "Wang", "Li", "Zhang", "Liu", "Smith", "Brown", "Lee", "Wong", "Ng"};

const char* const zhCompanyPlaces[] = {"上海", "杭州", "深圳", "广州", "成都", "苏州", "宁波", "青岛"};
const char* const zhCompanyWords[] = {"优品", "华联", "恒信", "永盛", "嘉禾", "丰源", "锦程", "宏达"};
const char* const zhCompanyKinds[] = {"食品贸易有限公司", "日用品有限公司", "商贸有限公司", "供应链有限公司",
                                      "实业有限公司"};
const char* const enCompanyWords[] = {"Pacific", "Golden",    "Northern", "Harbour",
                                      "Summit",  "Evergreen", "Bright"};
const char* const enCompanyKinds[] = {"Foods Ltd.", "Trading Co.", "Supplies Inc.", "Wholesale Ltd.",
                                      "Imports Ltd."};

template<typename T, std::size_t N> QString pick(QRandomGenerator& random, T (&list)[N])
{
    return QString::fromUtf8(list[random.bounded(quint32(N))]);
}

} // namespace

GoodsName goods(QRandomGenerator& random)
{
    const bool chinese = random.bounded(3) != 0;
    GoodsName result;
    result.name = chinese
                      ? pick(random, zhBrands) + pick(random, zhAdjectives) + pick(random, zhNouns) +
                            QLatin1Char(' ') + pick(random, sizes)
                      : pick(random, enBrands) + QLatin1Char(' ') + pick(random, enAdjectives) +
                            QLatin1Char(' ') + pick(random, enNouns) + QLatin1Char(' ') + pick(random, sizes);
    result.unit = pick(random, units);
    return result;
}

QString person(QRandomGenerator& random)
{
    if (random.bounded(4) != 0)
        return pick(random, zhSurnames) + pick(random, zhGiven) +
               (random.bounded(2) ? pick(random, zhGiven) : QString());
    return pick(random, enFirst) + QLatin1Char(' ') + pick(random, enLast);
}

QString company(QRandomGenerator& random)
{
    if (random.bounded(3) != 0)
        return pick(random, zhCompanyPlaces) + pick(random, zhCompanyWords) + pick(random, zhCompanyKinds);
    return pick(random, enCompanyWords) + QLatin1Char(' ') + pick(random, enCompanyKinds);
}

QString phone(QRandomGenerator& random)
{
    return QStringLiteral("1%1%2")
        .arg(3 + random.bounded(7))
        .arg(random.bounded(1'000'000'000), 9, 10, QLatin1Char('0'));
}

} // namespace GeneratorNames
