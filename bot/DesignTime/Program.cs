using CadoxtonPolicyBot.DesignTime;

return args switch
{
    ["migrations", ..] => MigrationsCommand.Run(args, Console.Out),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run --project bot/DesignTime -- migrations add NAME");
    return 2;
}
