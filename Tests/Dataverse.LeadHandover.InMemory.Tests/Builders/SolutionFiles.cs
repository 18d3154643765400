namespace Dataverse.LeadHandover.InMemory.Tests.Builders;

/// <summary>File contents for <see cref="SolutionFolder"/>, trimmed real-export shapes.</summary>
internal static class SolutionFiles
{
    public const string HandoverEntity = """
        <?xml version="1.0" encoding="utf-8"?>
        <Entity xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
          <Name LocalizedName="Handover" OriginalName="Handover">lh_Handover</Name>
          <EntityInfo>
            <entity Name="lh_Handover">
              <LocalizedNames><LocalizedName description="Handover" languagecode="1033" /></LocalizedNames>
              <attributes>
                <attribute PhysicalName="lh_AcknowledgedOn"><Type>datetime</Type><Name>lh_acknowledgedon</Name><LogicalName>lh_acknowledgedon</LogicalName><Format>datetime</Format></attribute>
                <attribute PhysicalName="lh_HandoverId"><Type>primarykey</Type><Name>lh_handoverid</Name><LogicalName>lh_handoverid</LogicalName><DisplayMask>ValidForAdvancedFind|RequiredForGrid</DisplayMask></attribute>
                <attribute PhysicalName="lh_LeadId"><Type>lookup</Type><Name>lh_leadid</Name><LogicalName>lh_leadid</LogicalName><LookupStyle>single</LookupStyle><LookupTypes /></attribute>
                <attribute PhysicalName="lh_Name">
                  <Type>nvarchar</Type><Name>lh_name</Name><LogicalName>lh_name</LogicalName>
                  <DisplayMask>PrimaryName|ValidForAdvancedFind|ValidForForm|ValidForGrid|RequiredForForm</DisplayMask>
                  <Format>text</Format><MaxLength>100</MaxLength><Length>200</Length>
                  <displaynames><displayname description="Name" languagecode="1033" /></displaynames>
                </attribute>
                <attribute PhysicalName="statecode">
                  <Type>state</Type><Name>statecode</Name><LogicalName>statecode</LogicalName>
                  <optionset Name="lh_handover_statecode"><OptionSetType>state</OptionSetType>
                    <states>
                      <state value="0" defaultstatus="1" invariantname="Active"><labels><label description="Active" languagecode="1033" /></labels></state>
                      <state value="1" defaultstatus="3" invariantname="Inactive"><labels><label description="Inactive" languagecode="1033" /></labels></state>
                    </states>
                  </optionset>
                </attribute>
                <attribute PhysicalName="statuscode"><Type>status</Type><Name>statuscode</Name><LogicalName>statuscode</LogicalName></attribute>
              </attributes>
              <EntitySetName>lh_handovers</EntitySetName>
              <OwnershipTypeMask>UserOwned</OwnershipTypeMask>
            </entity>
          </EntityInfo>
          <FormXml />
          <SavedQueries />
          <RibbonDiffXml />
        </Entity>
        """;

    public const string LeadRelationships = """
        <?xml version="1.0" encoding="utf-8"?>
        <EntityRelationships xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
          <EntityRelationship Name="lh_lead_lh_handover_leadid">
            <EntityRelationshipType>OneToMany</EntityRelationshipType>
            <ReferencingEntityName>lh_Handover</ReferencingEntityName>
            <ReferencedEntityName>Lead</ReferencedEntityName>
            <ReferencingAttributeName>lh_LeadId</ReferencingAttributeName>
          </EntityRelationship>
        </EntityRelationships>
        """;

    public const string LeadShell = """
        <?xml version="1.0" encoding="utf-8"?>
        <Entity xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
          <Name LocalizedName="Lead" OriginalName="Lead">Lead</Name>
          <EntityInfo>
            <entity Name="Lead">
              <attributes>
                <attribute PhysicalName="lh_HandoverStatus"><Type>picklist</Type><Name>lh_handoverstatus</Name><LogicalName>lh_handoverstatus</LogicalName></attribute>
              </attributes>
            </entity>
          </EntityInfo>
          <FormXml />
          <SavedQueries />
          <RibbonDiffXml />
        </Entity>
        """;

    public const string PluginAssembly = $"""
        <?xml version="1.0" encoding="utf-8"?>
        <PluginAssembly FullName="Dataverse.LeadHandover.Plugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=0123456789abcdef" PluginAssemblyId="{SolutionFolder.AssemblyId}" CustomizationLevel="1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
          <IsolationMode>2</IsolationMode>
          <SourceType>0</SourceType>
          <PluginTypes>
            <PluginType AssemblyQualifiedName="Dataverse.LeadHandover.InMemory.Tests.Plugins.DoublingApiPlugin, Dataverse.LeadHandover.Plugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=0123456789abcdef" PluginTypeId="{SolutionFolder.DoublingTypeId}" Name="Dataverse.LeadHandover.InMemory.Tests.Plugins.DoublingApiPlugin">
              <FriendlyName>Doubling</FriendlyName>
            </PluginType>
          </PluginTypes>
        </PluginAssembly>
        """;

    public const string DoublingApi = $"""
        <customapi uniquename="lh_Double">
          <allowedcustomprocessingsteptype>0</allowedcustomprocessingsteptype>
          <bindingtype>0</bindingtype>
          <displayname default="Double"><label description="Double" languagecode="1033" /></displayname>
          <iscustomizable>1</iscustomizable>
          <isfunction>0</isfunction>
          <isprivate>0</isprivate>
          <name>lh_Double</name>
          <plugintypeid><plugintypeexportkey>{SolutionFolder.DoublingTypeId}</plugintypeexportkey></plugintypeid>
          <workflowsdkstepenabled>0</workflowsdkstepenabled>
        </customapi>
        """;

    public const string AmountParameter = """
        <customapirequestparameter uniquename="Amount">
          <displayname default="Amount"><label description="Amount" languagecode="1033" /></displayname>
          <iscustomizable>1</iscustomizable>
          <isoptional>0</isoptional>
          <name>lh_Double.Amount</name>
          <type>7</type>
        </customapirequestparameter>
        """;

    public const string DoubledProperty = """
        <customapiresponseproperty uniquename="Doubled">
          <displayname default="Doubled"><label description="Doubled" languagecode="1033" /></displayname>
          <iscustomizable>1</iscustomizable>
          <name>lh_Double.Doubled</name>
          <type>7</type>
        </customapiresponseproperty>
        """;

    public static string Definition(string schemaName, string defaultValue, int type) => $"""
        <environmentvariabledefinition schemaname="{schemaName}">
          {defaultValue}
          <displayname default="{schemaName}"><label description="{schemaName}" languagecode="1033" /></displayname>
          <introducedversion>1.0</introducedversion>
          <iscustomizable>1</iscustomizable>
          <isrequired>0</isrequired>
          <secretstore>0</secretstore>
          <type>{type}</type>
        </environmentvariabledefinition>
        """;

    public static string Value(string value) => $$"""
        {
          "environmentvariablevalues": {
            "environmentvariablevalue": {
              "iscustomizable": "1",
              "value": "{{value}}"
            }
          }
        }
        """;

    public static string Step(string stepId, string pluginTypeName, string configuration, string sdkMessageId) => $$"""
        <?xml version="1.0" encoding="utf-8"?>
        <SdkMessageProcessingStep Name="{{pluginTypeName}}: Update of lead" SdkMessageProcessingStepId="{{{stepId}}}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
          <SdkMessageId>{{sdkMessageId}}</SdkMessageId>
          <PluginTypeName>{{pluginTypeName}}, Dataverse.LeadHandover.Plugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=0123456789abcdef</PluginTypeName>
          <PluginTypeId>6f1a1b2c-0000-4000-8000-0000000000b1</PluginTypeId>
          <PrimaryEntity>lead</PrimaryEntity>
          <AsyncAutoDelete>0</AsyncAutoDelete>
          <Configuration>{{configuration}}</Configuration>
          <FilteringAttributes>subject,leadsourcecode</FilteringAttributes>
          <InvocationSource>0</InvocationSource>
          <Mode>0</Mode>
          <Rank>1</Rank>
          <EventHandlerTypeCode>4602</EventHandlerTypeCode>
          <Stage>40</Stage>
          <IsCustomizable>1</IsCustomizable>
          <IsHidden>0</IsHidden>
          <SupportedDeployment>0</SupportedDeployment>
          <IntroducedVersion>1.0</IntroducedVersion>
          <SdkMessageProcessingStepImages>
            <SdkMessageProcessingStepImage Name="PreImage">
              <SdkMessageProcessingStepImageId>{6f1a1b2c-0000-4000-8000-0000000000c1}</SdkMessageProcessingStepImageId>
              <Attributes>subject</Attributes>
              <EntityAlias>PreImage</EntityAlias>
              <ImageType>0</ImageType>
              <MessagePropertyName>Target</MessagePropertyName>
              <IsCustomizable>1</IsCustomizable>
            </SdkMessageProcessingStepImage>
          </SdkMessageProcessingStepImages>
        </SdkMessageProcessingStep>
        """;
}
