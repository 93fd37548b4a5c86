package guanxi.graph;

import guanxi.model.ExtractedPage;

import java.util.Iterator;
import java.util.Random;

import static guanxi.model.EntityKind.COMPANY;
import static guanxi.model.EntityKind.PERSON;
import static guanxi.model.EntityKind.PROJECT;
import static guanxi.model.RelationType.ACCOMPANIED;
import static guanxi.model.RelationType.ATTENDED;
import static guanxi.model.RelationType.INVESTS_IN;
import static guanxi.model.RelationType.LED;
import static guanxi.model.RelationType.SIGNED;
import static guanxi.model.RelationType.VISITED;

/**
 * A seeded stream of extracted pages shaped like a county paper's (a few officials in many stories, many names in
 * few), for loader volume and fault tests. Generated lazily: a large load never holds the corpus.
 * Each story node has exactly {@link #STORY_DEGREE} relationships (mentions, roles, byline).
 */
final class SyntheticPages implements Iterable<ExtractedPage> {

    static final int STORIES_PER_PAGE = 4;
    /** Relationships at each story node: 7 MENTIONS (5 persons, a company, a project), LED, 2 ATTENDED, WROTE. */
    static final int STORY_DEGREE = 11;

    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂云海翔晓东志红华建国文辉鹏宇俊峰斌林波宁浩凯亮飞玉凤萍琳丹莉雪梅"
            + "春燕慧婷佳欣瑞轩涵睿博瀚哲昊天泽然子晨阳思远正义德胜利民安康永福荣昌盛世新卫兵锋亚光荣宏彬楠雨嘉怡颖琪璐蕾晶";
    private static final String[] TITLES = {"县委书记", "县长", "副县长", "县委常委", "局长", "镇长", "主任"};

    private final int pages;
    private final long seed;
    private final String prefix;

    SyntheticPages(int pages, long seed, String prefix) {
        this.pages = pages;
        this.seed = seed;
        this.prefix = prefix;
    }

    @Override
    public Iterator<ExtractedPage> iterator() {
        Random random = new Random(seed);
        return new Iterator<>() {
            int next;

            @Override
            public boolean hasNext() {
                return next < pages;
            }

            @Override
            public ExtractedPage next() {
                return page(random, next++);
            }
        };
    }

    private ExtractedPage page(Random r, int n) {
        Pages page = Pages.page(prefix + String.format("%06d", n) + ".txt");
        for (int i = 0; i < STORIES_PER_PAGE; i++) {
            String[] p = new String[5];
            for (int k = 0; k < p.length; k++) {
                // A skewed pool: the first few names recur in many stories, as a county's leaders do.
                int pool = k == 0 ? 20 : 20_000;
                String candidate;
                do {
                    candidate = name(r.nextInt(pool));
                } while (contains(p, k, candidate));
                p[k] = candidate;
            }
            String company = "山西" + name(r.nextInt(5000)) + "科技有限公司";
            String project = name(r.nextInt(8000)) + "产业园项目";
            String date = String.format("20%02d-%02d-%02d", 15 + r.nextInt(10), 1 + r.nextInt(12), 1 + r.nextInt(28));
            String sentence = p[0] + "带队到" + company + "调研" + project + "，" + p[1] + "、" + p[2] + "陪同。" + n + "-" + i;
            page.story("调研 " + n + "-" + i, date, sentence).by(p[4])
                    .person(p[0], TITLES[r.nextInt(TITLES.length)]).person(p[1], TITLES[r.nextInt(TITLES.length)])
                    .person(p[2]).person(p[3])
                    .company(company).project(project, (long) (1 + r.nextInt(100)) * 10_000_000L, "building")
                    .role(LED, p[0]).role(ATTENDED, p[3]).role(ATTENDED, p[2])
                    .rel(ACCOMPANIED, p[1], PERSON, p[0], PERSON).rel(ACCOMPANIED, p[2], PERSON, p[0], PERSON)
                    .rel(VISITED, p[0], PERSON, company, COMPANY).rel(SIGNED, company, COMPANY, project, PROJECT)
                    .rel(INVESTS_IN, company, COMPANY, project, PROJECT)
                    .done();
        }
        return page.build();
    }

    private static boolean contains(String[] names, int upTo, String candidate) {
        for (int i = 0; i < upTo; i++) {
            if (names[i].equals(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** The i-th name of a fixed pseudo-random sequence: a surname and one given character in four, two otherwise. */
    private static String name(int i) {
        Random r = new Random(i * 7919L + 13);
        String name = "" + SURNAMES.charAt(r.nextInt(SURNAMES.length())) + GIVEN.charAt(r.nextInt(GIVEN.length()));
        return r.nextInt(4) == 0 ? name : name + GIVEN.charAt(r.nextInt(GIVEN.length()));
    }
}
