using CadoxtonPolicyBot.Protocol;

namespace CadoxtonPolicyBot.Turns;

/// <summary>
/// Installs, uninstalls and team events (installationUpdate, and conversationUpdate after the router's own handling):
/// e.g. remembering the teams the bot is installed in. Called once per such activity.
/// </summary>
public interface IInstallationHandler
{
    Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken);
}
