using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;
using Spectre.Console.Rendering;

namespace NeuronTopology.Cli;

/// <summary>
/// The help provider of <c>ntopo</c>: Spectre.Console.Cli's own, plus a way to read the command model (each
/// command's options and whether they take a value) through its public help interfaces. Spectre hands the model
/// only to a help provider, so <see cref="Read"/> runs the application once with "--help" and keeps the model
/// instead of printing; later help requests print as usual.
/// </summary>
internal sealed class CommandModelProbe : IHelpProvider
{
    private readonly ICommandAppSettings _settings;
    private HelpProvider? _help;
    private ICommandModel? _model;
    private bool _reading;

    /// <summary>Creates the provider for an application whose settings are <paramref name="settings"/>.</summary>
    public CommandModelProbe(ICommandAppSettings settings)
    {
        _settings = settings;
    }

    /// <summary>Returns the command model of <paramref name="app"/>, which must use this provider for help.</summary>
    public ICommandModel Read(CommandApp app)
    {
        if (_model is null)
        {
            _reading = true;
            try
            {
                app.Run(["--help"]);
            }
            finally
            {
                _reading = false;
            }
        }
        return _model ?? throw new InvalidOperationException("The application did not ask its help provider for help.");
    }

    /// <inheritdoc/>
    public IEnumerable<IRenderable> Write(ICommandModel model, ICommandInfo? command)
    {
        if (_reading)
        {
            _model = model;
            return [];
        }
        // Created on first use, when the configuration (application name, styles) is complete.
        _help ??= new HelpProvider(_settings);
        return _help.Write(model, command);
    }
}
