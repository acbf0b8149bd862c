package nl.gemeenschapsfonds.demo;

import nl.gemeenschapsfonds.fund.AllocationMethod;
import nl.gemeenschapsfonds.fund.CallData;
import nl.gemeenschapsfonds.fund.CallQuestionService;
import nl.gemeenschapsfonds.fund.CallService;
import nl.gemeenschapsfonds.fund.CoFinancingSource;
import nl.gemeenschapsfonds.fund.Criterion;
import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.fund.FundData;
import nl.gemeenschapsfonds.fund.FundService;
import nl.gemeenschapsfonds.fund.PayingAccount;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The demo's fund "Gemeenschapsfonds Zwolle" and its open call "Ontmoetingsplekken 2027" with the call's own
 * questions, made through fund's services as the administrator would (a part of {@link DemoDataLoader}, so that the
 * loader keeps to seven dependencies).
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
class DemoCall {

    private final FundService funds;
    private final CallService calls;
    private final CallQuestionService questions;

    DemoCall(FundService funds, CallService calls, CallQuestionService questions) {
        this.funds = funds;
        this.calls = calls;
        this.questions = questions;
    }

    /** Creates the fund and publishes its call, open since a month; answers the call's id. Needs an administrator. */
    long open(LocalDate today) {
        long fund = funds.save(new FundData(null, 0, "Gemeenschapsfonds Zwolle",
                        "Ontmoetingsplekken tegen eenzaamheid in Zwolle",
                        new TreeMap<>(Map.of(2027, new BigDecimal("2000000.00"), 2028, new BigDecimal("1500000.00")))),
                // the demo municipality's paying account (a made-up number with valid check digits)
                new PayingAccount.Form("Gemeente Zwolle", "NL35 BNGH 0285 1678 90", "BNGHNL2G"));
        long id = calls.save(new CallData(null, 0, fund, null, "Ontmoetingsplekken 2027", "Meeting places 2027",
                "Voor buurthuizen, verenigingsgebouwen en dorpswinkels die mensen samenbrengen.",
                "For community centres, association buildings and village shops that bring people together.",
                EnumSet.allOf(FacilityType.class), today.minusMonths(1), today.plusMonths(6), false,
                AllocationMethod.FIRST_COME, new BigDecimal("150000.00"), new BigDecimal("20"), new BigDecimal("50"),
                new BigDecimal("25"), false, 8, 6,
                new TreeMap<>(Map.of(2027, new BigDecimal("1200000.00"), 2028, new BigDecimal("800000.00"))),
                List.of(new Criterion("Bereik onder eenzame inwoners", "Reach among lonely residents", new BigDecimal("40"), 10),
                        new Criterion("Duurzaamheid van de voorziening", "Sustainability of the facility", new BigDecimal("30"), 10),
                        new Criterion("Lokale samenwerking", "Local partnership", new BigDecimal("30"), 10)))
                // the fifth of private co-financing is money of private funders: own money and volunteer hours do not count
                .withPrivateShareCounts(Set.of(CoFinancingSource.PRIVATE_FUNDERS)));
        DemoCallQuestions.add(questions, id);
        calls.publish(id);
        return id;
    }
}
