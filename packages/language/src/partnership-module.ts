/**
 * Dependency injection: the Langium services of the language, with this project's scoping,
 * linking, validation and network analysis wired in.
 */
import { createGrammarConfig, DefaultIndexManager, inject, type DeepPartial, type Module } from 'langium';
import type { LangiumSharedCoreServices } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices
} from 'langium/lsp';
import { PartnershipGeneratedModule, PartnershipGeneratedSharedModule } from './generated/module.js';
import { NetworkGroups } from './workspace/network-groups.js';
import { NetworkAnalyzer } from './validation/network-analyzer.js';
import { PartnershipSettings } from './validation/partnership-settings.js';
import { PartnershipDocumentBuilder } from './workspace/document-builder.js';
import { PartnershipDocumentValidator } from './validation/document-validator.js';
import { PartnershipValidationRegistry } from './validation/validation-registry.js';
import { PartnershipLinker } from './references/partnership-linker.js';
import { createPartnershipParser } from './parser/partnership-parser.js';
import { PartnershipTokenBuilder } from './parser/token-builder.js';
import { PartnershipLexer } from './parser/lexer.js';
import { PartnershipParserErrorMessageProvider } from './parser/error-messages.js';
import { PartnershipValueConverter } from './parser/value-converter.js';
import { NAME_CHARACTER } from './utils/names.js';
import { PartnershipScopeComputation, PartnershipScopeProvider } from './references/partnership-scope.js';
import { registerValidationChecks } from './validation/structural-checks.js';
import { OnDemandIndexManager, PartnershipReferenceDescriptionProvider } from './workspace/on-demand-index.js';
import { PartnershipFormatter } from './lsp/formatter.js';
import { PartnershipDocumentUpdateHandler } from './lsp/document-update-handler.js';
import { gateRequests, RequestGate } from './lsp/request-gate.js';
import { PartnershipLangiumDocuments } from './workspace/langium-documents.js';
import { PartnershipHoverProvider } from './lsp/hover.js';
import { PartnershipInlayHintProvider } from './lsp/inlay-hints.js';
import { PartnershipCodeLensProvider } from './lsp/code-lens.js';
import { PartnershipCodeActionProvider } from './lsp/code-actions.js';
import { PartnershipCompletionProvider } from './lsp/completion.js';
import { PartnershipSemanticTokenProvider } from './lsp/semantic-tokens.js';
import { PartnershipRenameProvider } from './lsp/rename.js';
import { PartnershipDocumentSymbolProvider, PartnershipFoldingRangeProvider, PartnershipWorkspaceSymbolProvider } from './lsp/symbols.js';

export interface PartnershipAddedSharedServices {
    network: {
        Groups: NetworkGroups;
    };
    requests: {
        /** Orders the language server's requests among its document updates (lsp/request-gate.ts). */
        Gate: RequestGate;
    };
}

export type PartnershipSharedServices = LangiumSharedServices & PartnershipAddedSharedServices;

export interface PartnershipAddedServices {
    network: {
        Analyzer: NetworkAnalyzer;
        Settings: PartnershipSettings;
    };
}

export type PartnershipServices = LangiumServices & PartnershipAddedServices & { shared: PartnershipSharedServices };

export const PartnershipSharedModule: Module<PartnershipSharedServices, DeepPartial<PartnershipSharedServices>> = {
    network: {
        Groups: shared => new NetworkGroups(shared as unknown as LangiumSharedCoreServices)
    },
    requests: {
        Gate: shared => new RequestGate(shared)
    },
    workspace: {
        LangiumDocuments: shared => new PartnershipLangiumDocuments(shared),
        DocumentBuilder: shared => new PartnershipDocumentBuilder(shared),
        IndexManager: shared => new OnDemandIndexManager(shared)
    },
    lsp: {
        WorkspaceSymbolProvider: shared => new PartnershipWorkspaceSymbolProvider(shared),
        DocumentUpdateHandler: shared => new PartnershipDocumentUpdateHandler(shared)
    }
};

export const PartnershipModule: Module<PartnershipServices, PartialLangiumServices & PartnershipAddedServices> = {
    network: {
        Analyzer: services => new NetworkAnalyzer(services),
        Settings: () => new PartnershipSettings()
    },
    parser: {
        // The editor features find the name at the cursor by the character there (or, after a name,
        // the one before it): a name's characters are those of any script, combining marks, digits
        // of other scripts and letters outside the BMP (two UTF-16 code units) included.
        GrammarConfig: services => ({ ...createGrammarConfig(services), nameRegexp: NAME_CHARACTER }),
        LangiumParser: services => createPartnershipParser(services),
        TokenBuilder: () => new PartnershipTokenBuilder(),
        Lexer: services => new PartnershipLexer(services),
        ParserErrorMessageProvider: () => new PartnershipParserErrorMessageProvider(),
        ValueConverter: () => new PartnershipValueConverter()
    },
    references: {
        ScopeProvider: services => new PartnershipScopeProvider(services),
        ScopeComputation: services => new PartnershipScopeComputation(services),
        Linker: services => new PartnershipLinker(services)
    },
    validation: {
        DocumentValidator: services => new PartnershipDocumentValidator(services),
        ValidationRegistry: services => new PartnershipValidationRegistry(services)
    },
    workspace: {
        ReferenceDescriptionProvider: services => new PartnershipReferenceDescriptionProvider(services)
    },
    lsp: {
        // Editor features, one provider per file in lsp/.
        Formatter: () => new PartnershipFormatter(),
        HoverProvider: services => new PartnershipHoverProvider(services),
        InlayHintProvider: services => new PartnershipInlayHintProvider(services),
        CodeLensProvider: services => new PartnershipCodeLensProvider(services),
        CodeActionProvider: services => new PartnershipCodeActionProvider(services),
        CompletionProvider: services => new PartnershipCompletionProvider(services),
        SemanticTokenProvider: services => new PartnershipSemanticTokenProvider(services),
        RenameProvider: services => new PartnershipRenameProvider(services),
        DocumentSymbolProvider: () => new PartnershipDocumentSymbolProvider(),
        FoldingRangeProvider: services => new PartnershipFoldingRangeProvider(services)
    }
};

/**
 * Creates the shared and language services. The context gives the connection (language server)
 * and the file system (NodeFileSystem, or EmptyFileSystem in a browser or test).
 */
export interface PartnershipServicesOptions {
    /**
     * Index cross-references for find-references and rename (default). A one-shot batch run such
     * as `partnership validate` never asks for them and saves about a fifth of its time without.
     */
    referenceIndex?: boolean;
    /**
     * Smaller syntax-tree leaves that work out their lines and columns when asked (parser/cst-nodes.ts):
     * for a batch run that holds every file's tree at once (`partnership validate` of a big network).
     * Off by default: the language server asks for ranges after every edit.
     */
    compactSyntaxTrees?: boolean;
    /**
     * Keep, from one build to the next, what makes an edit cost what it touches: each tie's findings
     * per rule, each document's last findings (default). A run that builds once (`partnership
     * validate`) turns them off: at 50,000 ties they cost about a sixth of its time.
     */
    editorCaches?: boolean;
}

/** Leaves the reference index empty: for batch runs that only validate. */
class BatchIndexManager extends DefaultIndexManager {
    override async updateReferences(): Promise<void> {
        // Nothing asks for references in a batch run.
    }
}

const BatchModule: Module<PartnershipSharedServices, DeepPartial<PartnershipSharedServices>> = {
    workspace: { IndexManager: services => new BatchIndexManager(services) }
};

const CompactTreesModule: Module<PartnershipServices, DeepPartial<PartnershipServices>> = {
    parser: { LangiumParser: services => createPartnershipParser(services, true) }
};

export function createPartnershipServices(context: DefaultSharedModuleContext, options: PartnershipServicesOptions = {}): {
    shared: PartnershipSharedServices;
    Partnership: PartnershipServices;
} {
    const shared = inject(
        createDefaultSharedModule(context),
        PartnershipGeneratedSharedModule,
        PartnershipSharedModule,
        options.referenceIndex === false ? BatchModule : {}
    );
    const Partnership = inject(
        createDefaultModule({ shared }),
        PartnershipGeneratedModule,
        PartnershipModule,
        options.compactSyntaxTrees ? CompactTreesModule : {}
    );
    shared.ServiceRegistry.register(Partnership);
    registerValidationChecks(Partnership);
    const analyzer = Partnership.network.Analyzer;
    if (options.editorCaches === false) analyzer.withoutEditorCaches();
    Partnership.validation.ValidationRegistry.registerAfterDocument((root, accept, _categories, cancelToken) => analyzer.validateDocument(root, accept, cancelToken));
    if (context.connection) {
        // Every request handler startLanguageServer registers from here on waits for the updates
        // asked for before it, and gives way to newer ones.
        gateRequests(context.connection, shared.requests.Gate);
    } else {
        // Without a language server nothing else configures the workspace.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Partnership };
}
