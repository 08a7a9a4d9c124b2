namespace FrontDoor.Core.Contacts;

/// <summary>Where the conversation with the person is, in the Three Conversations model the seeds' councils work to.</summary>
public enum ThreeConversationsStage
{
    /// <summary>Conversation 1: listen and connect — what matters, strengths, community and family support.</summary>
    ListenAndConnect,

    /// <summary>Conversation 2: work intensively with people in crisis — what must change now to keep them safe.</summary>
    Crisis,

    /// <summary>Conversation 3: build a good life — longer-term support, including a Care Act assessment.</summary>
    BuildAGoodLife,
}
