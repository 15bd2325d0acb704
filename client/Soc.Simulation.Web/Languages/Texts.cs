
using Soc.Simulation.Model.Kpis;

namespace Soc.Simulation.Web.Languages;

/// <summary>The pages' words in Catalan, Spanish and English. KPI labels come from the KPI catalogue, not from here.</summary>
public static class Texts
{
    private static readonly Dictionary<string, Labels> All = new(StringComparer.Ordinal)
    {
        ["app"] = new("Simulador 30 Plus i serveis d'ocupació", "Simulador 30 Plus y servicios de empleo", "30 Plus and employment services simulator"),
        ["scenarios"] = new("Escenaris", "Escenarios", "Scenarios"),
        ["runs"] = new("Execucions", "Ejecuciones", "Runs"),
        ["compare"] = new("Comparar", "Comparar", "Compare"),
        ["register"] = new("Registre de sol·licituds", "Registro de solicitudes", "Call register"),
        ["shipped"] = new("inclòs", "incluido", "shipped"),
        ["saved"] = new("desat", "guardado", "saved"),
        ["levers"] = new("Palanques de la convocatòria", "Palancas de la convocatoria", "The call's levers"),
        ["call.budgetEur"] = new("Pressupost de la convocatòria", "Presupuesto de la convocatoria", "Call budget"),
        ["call.budgetEur.help"] = new("Total de la convocatòria en euros (A4); es reparteix entre les línies pressupostàries.", "Total de la convocatoria en euros (A4); se reparte entre las líneas presupuestarias.", "The call's total in euros (A4), split over the budget lines."),
        ["call.annualMinimumWageEur"] = new("Salari mínim anual", "Salario mínimo anual", "Annual minimum wage"),
        ["call.annualMinimumWageEur.help"] = new("Dona l'import mensual (÷ 12) i el mòdul diari (÷ 365) de l'ajut (H5).", "Da el importe mensual (÷ 12) y el módulo diario (÷ 365) de la ayuda (H5).", "Gives the grant's monthly amount (÷ 12) and daily module (÷ 365) (H5)."),
        ["call.maxSubsidisedMonths"] = new("Mesos subvencionats màxims", "Meses subvencionados máximos", "Maximum subsidised months"),
        ["call.maxSubsidisedMonths.help"] = new("Durada màxima de l'ajut per contracte (A9).", "Duración máxima de la ayuda por contrato (A9).", "The longest a contract is subsidised (A9)."),
        ["call.minimumAge"] = new("Edat mínima", "Edad mínima", "Minimum age"),
        ["call.minimumAge.help"] = new("Edat de la persona el dia d'inici del contracte (A2).", "Edad de la persona el día de inicio del contrato (A2).", "The person's age on the contract's first day (A2)."),
        ["call.filingWindowMonths"] = new("Termini de sol·licitud", "Plazo de solicitud", "Filing window"),
        ["call.filingWindowMonths.help"] = new("Mesos des de l'inici del contracte per presentar la sol·licitud (A11).", "Meses desde el inicio del contrato para presentar la solicitud (A11).", "Months from the contract's start to file the application (A11)."),
        ["€"] = new("€", "€", "€"),
        ["€/year"] = new("€/any", "€/año", "€/year"),
        ["months"] = new("mesos", "meses", "months"),
        ["years"] = new("anys", "años", "years"),
        ["replicates"] = new("Rèpliques", "Réplicas", "Replicates"),
        ["seed"] = new("Llavor", "Semilla", "Seed"),
        ["uncertainty"] = new("Incertesa dels supòsits", "Incertidumbre de los supuestos", "Uncertainty of the assumptions"),
        ["run"] = new("Executa", "Ejecutar", "Run"),
        ["save"] = new("Desa com a", "Guardar como", "Save as"),
        ["name"] = new("Nom", "Nombre", "Name"),
        ["differs"] = new("Diferències amb la base", "Diferencias con la base", "What differs from the base"),
        ["nodiff"] = new("Cap: és la base.", "Ninguna: es la base.", "Nothing: this is the base."),
        ["state"] = new("Estat", "Estado", "State"),
        ["queued"] = new("a la cua", "en cola", "queued"),
        ["running"] = new("en curs", "en curso", "running"),
        ["done"] = new("acabada", "terminada", "done"),
        ["failed"] = new("ha fallat", "ha fallado", "failed"),
        ["cancelled"] = new("cancel·lada", "cancelada", "cancelled"),
        ["cancel"] = new("Cancel·la", "Cancelar", "Cancel"),
        ["kpi"] = new("Indicador", "Indicador", "KPI"),
        ["mean"] = new("Mitjana", "Media", "Mean"),
        ["interval"] = new("Interval del 95 %", "Intervalo del 95 %", "95 % interval"),
        ["charts"] = new("Gràfics", "Gráficos", "Charts"),
        ["downloads"] = new("Descàrregues", "Descargas", "Downloads"),
        ["base"] = new("Base", "Base", "Base"),
        ["alternative"] = new("Alternativa", "Alternativa", "Alternative"),
        ["difference"] = new("Diferència (alternativa − base)", "Diferencia (alternativa − base)", "Difference (alternative − base)"),
        ["pbetter"] = new("P(millor)", "P(mejor)", "P(better)"),
        ["upload"] = new("Puja i reprodueix", "Subir y reproducir", "Upload and replay"),
        ["registerhelp"] = new("CSV o .xlsx del registre (com a socsim run --registry); màxim {0} MB i {1} sol·licituds.", "CSV o .xlsx del registro (como socsim run --registry); máximo {0} MB y {1} solicitudes.", "The register as CSV or .xlsx (as socsim run --registry); at most {0} MB and {1} applications."),
        ["search"] = new("Cerca", "Buscar", "Search"),
        ["application"] = new("Sol·licitud", "Solicitud", "Application"),
        ["decision"] = new("Decisió", "Decisión", "Decision"),
        ["why"] = new("Per què", "Por qué", "Why"),
        ["granted"] = new("Concedit", "Concedido", "Granted"),
        ["decidedOn"] = new("Data de la decisió", "Fecha de la decisión", "Decided on"),
        ["page"] = new("Pàgina", "Página", "Page"),
        ["previous"] = new("Anterior", "Anterior", "Previous"),
        ["next"] = new("Següent", "Siguiente", "Next"),
        ["error"] = new("Error", "Error", "Error"),
        ["notfound"] = new("No hi ha cap execució amb aquest identificador.", "No hay ninguna ejecución con este identificador.", "There is no run with this id."),
        ["signin"] = new("Clau d'accés", "Clave de acceso", "API key"),
        ["signinhelp"] = new("Aquest servidor demana la clau configurada amb --api-key o SOCSIM_API_KEY.", "Este servidor pide la clave configurada con --api-key o SOCSIM_API_KEY.", "This server asks for the key set with --api-key or SOCSIM_API_KEY."),
        ["enter"] = new("Entra", "Entrar", "Enter"),

        // Partial results while a run runs (issue 15, item "first results within 5 s").
        ["partial"] = new("Resultats parcials: {0} de {1} rèpliques fetes; la taula s'actualitza a mesura que n'acaben més.",
            "Resultados parciales: {0} de {1} réplicas hechas; la tabla se actualiza a medida que terminan más.",
            "Partial results: {0} of {1} replicates done; the table updates as more finish."),
    };

    public static string T(string key, Language language) => All.TryGetValue(key, out Labels? l) ? l.In(language) : key;
}
