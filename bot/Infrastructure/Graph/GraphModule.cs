using CadoxtonPolicyBot.Protocol.Connector;
using Microsoft.Extensions.Options;
using Microsoft.Graph;

namespace CadoxtonPolicyBot.Infrastructure.Graph;

public static class GraphModule
{
    public static IHostApplicationBuilder AddMicrosoftGraph(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<GraphClientProvider>();
        return builder;
    }
}
