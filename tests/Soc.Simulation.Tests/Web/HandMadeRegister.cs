namespace Soc.Simulation.Tests.Web;

/// <summary>
/// Five applications to a 25,000 € call (30plus-2023 with call.budgetEur=25000), all contracts from 2022-12-01, whose euros
/// are known by hand (F3): full time 9 months = 9 × 1,166.67 = 10,500.03 €; half time 6 months = 6 × 1,166.67 × 0.5 = 3,500.01 €.
/// APP-1 and APP-2 are granted (21,000.06 €; 3,999.94 € left). APP-3 and APP-4 need 10,500.03 € and wait. APP-5 needs
/// 3,500.01 €, which would fit, but APP-3 waits ahead of it in strict order. APP-2 renounces on 2023-02-01, freeing
/// 10,500.03 €: with 14,499.97 € available APP-3 is granted on reassignment; APP-4 still does not fit, and blocks APP-5.
/// </summary>
internal static class HandMadeRegister
{
    public const string Budget = "call.budgetEur=25000";

    public const string Csv = """
        application_id,registered_at,employer_id,employer_type,road_transport,prior_de_minimis_eur,participant_id,birth_date,unemployed,contract_start,contract_months,weekly_hours,permanent,ended_on,renounced_on
        APP-1,2022-12-05T09:00:00,EMP-1,company,false,0.00,P-1,1980-01-01,true,2022-12-01,12,40,false,,
        APP-2,2022-12-05T10:00:00,EMP-2,company,false,0.00,P-2,1980-01-01,true,2022-12-01,12,40,false,,2023-02-01
        APP-3,2022-12-06T09:00:00,EMP-3,company,false,0.00,P-3,1980-01-01,true,2022-12-01,12,40,false,,
        APP-4,2022-12-07T09:00:00,EMP-4,company,false,0.00,P-4,1980-01-01,true,2022-12-01,12,40,false,,
        APP-5,2022-12-08T09:00:00,EMP-5,company,false,0.00,P-5,1980-01-01,true,2022-12-01,6,20,false,,

        """;

    public static byte[] Bytes => System.Text.Encoding.UTF8.GetBytes(Csv);
}
